using PlanPress.Model.ActionPlans;
using PlanPress.Model.Calendar;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Glossary;
using PlanPress.Model.Improvement;
using PlanPress.Model.Pairs;
using PlanPress.Model.Resources;
using PlanPress.Model.Roles;

namespace PlanPress.Import;

/// <summary>What sheets gave, as they were read: every kind of row, and the problems met reading them.</summary>
public sealed class SheetRows
{
    public List<CalendarRow> Calendar { get; } = [];

    public List<RoleRow> Roles { get; } = [];

    public List<InitiativeSource> Initiatives { get; } = [];

    public List<ImprovementRow> Improvement { get; } = [];

    /// <summary>The Glossary sheets' terms.</summary>
    public List<TermRow> Glossary { get; } = [];

    /// <summary>The improvement plans' footnotes, after the glossary's terms: a glossary's own definition comes first.</summary>
    public List<TermRow> Footnotes { get; } = [];

    public List<PlanResourceRow> Resources { get; } = [];

    public List<PairRow> Pairs { get; } = [];

    public List<MapRow> Map { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The text cells read, with their paired columns in the site's other languages (none with one language).</summary>
    public List<Model.Languages.TextCell> Texts { get; } = [];

    /// <summary>Whether any plan was found: a calendar, an action plan or an improvement plan.</summary>
    public bool HasPlan => Calendar.Count > 0 || Initiatives.Count > 0 || Improvement.Count > 0;

    /// <summary>Takes in what a sheet gave, after what earlier sheets did.</summary>
    public void Add(SheetRows sheet)
    {
        Calendar.AddRange(sheet.Calendar);
        Roles.AddRange(sheet.Roles);
        Initiatives.AddRange(sheet.Initiatives);
        Improvement.AddRange(sheet.Improvement);
        Glossary.AddRange(sheet.Glossary);
        Footnotes.AddRange(sheet.Footnotes);

        Resources.AddRange(sheet.Resources);
        Pairs.AddRange(sheet.Pairs);
        Map.AddRange(sheet.Map);
        Diagnostics.AddRange(sheet.Diagnostics);
        Texts.AddRange(sheet.Texts);
    }
}
