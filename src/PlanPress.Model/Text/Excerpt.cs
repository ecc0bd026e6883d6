namespace PlanPress.Model.Text;

/// <summary>The one way a long cell is quoted in a message: trimmed, and cut at 60 characters with an ellipsis.</summary>
public static class Excerpt
{
    public static string Of(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 60 ? trimmed : trimmed[..57].TrimEnd() + "…";
    }
}
