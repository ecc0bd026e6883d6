namespace PlanPress.Site.Pages;

/// <summary>A run of text: plain, or a glossary term with its definition (<see cref="Title"/>) and entry.</summary>
public sealed record TextSegment(string Text, string? Title, string? Path)
{
    /// <summary>Whether the definition is still in the plan's first language: an attribute cannot hold a mark, so the term carries the language.</summary>
    public bool TitleUntranslated => Title?.Contains(PlanPress.Model.Languages.PlanTranslator.Open, StringComparison.Ordinal) == true;
}

/// <summary>The model of the text partial: text with its glossary terms marked, on a page.</summary>
public sealed record TextPartial(PageModel Page, IReadOnlyList<TextSegment> Segments);
