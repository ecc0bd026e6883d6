using System.Globalization;
using System.Text;

namespace PlanPress.Model.Text;

/// <summary>The one way a name becomes part of a URL: "Mentors / Tutors" → "mentors-tutors".</summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Fold.RemoveDiacritics(text).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 0 ? slug : "item";
    }
}

/// <summary>Folds text for comparison: no accents, no case, no punctuation, single spaces.</summary>
public static class Fold
{
    public static string RemoveDiacritics(string text)
    {
        // Most cells are plain ASCII, which has nothing to remove: no need to decompose them.
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>"  Person-Responsible? " → "person responsible".</summary>
    public static string Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in RemoveDiacritics(text).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>"Person Responsible" → "personresponsible": for header names, where spacing varies.</summary>
    public static string Compact(string text) => Words(text).Replace(" ", string.Empty, StringComparison.Ordinal);
}
