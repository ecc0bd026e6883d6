namespace PlanPress.Model.Text;

/// <summary>Counts in English messages: "1 error", "3 warnings".</summary>
public static class Plural
{
    public static string Of(int n, string noun) => $"{n} {noun}{(n == 1 ? string.Empty : "s")}";
}
