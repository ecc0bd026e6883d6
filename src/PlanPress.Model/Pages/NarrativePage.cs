using PlanPress.Model.Diagnostics;

namespace PlanPress.Model.Pages;

/// <summary>A page written in Markdown (content/pages/*.md): its front matter and its body, not yet rendered.</summary>
public sealed record NarrativePage(string Slug, string Title, int Order, string Summary, string Markdown, SourceLocation Source);
