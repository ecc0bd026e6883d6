using PlanPress.Model.Calendar;
using PlanPress.Model.ActionPlans;
using PlanPress.Model.History;
using PlanPress.Model.Roles;

namespace PlanPress.Model.Languages;

/// <summary>
/// The plan in another of its languages: every text the sheets gave in that language replaced by
/// it, everything else as it is. Text still to translate is kept between <see cref="Open"/> and
/// <see cref="Close"/> (two private-use characters), so that the site can mark it as the first
/// language's (<c>lang="en"</c>) wherever it ends up; feeds and attributes drop the marks.
/// Ids and slugs stay, so every page has the same address in every language.
/// </summary>
public static class PlanTranslator
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    /// <summary>Around the note a translation written for earlier first-language words is shown with (<see cref="TranslationAges"/>).</summary>
    public const char StaleOpen = '\uE002';
    public const char StaleClose = '\uE003';

    /// <param name="staleNote">What a translation written for earlier words is shown with ("(this translation may be out of date)").</param>
    public static Plan Translate(Plan plan, string language, string staleNote = "")
    {
        var texts = plan.Texts;
        string T(string text) => Shown(texts, text, language, staleNote);

        // Words looked for in other text (a glossary's terms) are never marked: a mark would keep them from being found.
        string Plain(string text) => texts.Translation(text.Trim(), language) ?? text;

        var roles = plan.Roles.ToDictionary(r => r.Slug, r => r with { Name = T(r.Name), Responsibilities = T(r.Responsibilities) }, StringComparer.Ordinal);
        Role Role(Role role) => roles.GetValueOrDefault(role.Slug) ?? role;
        var people = plan.People.ToDictionary(p => p.Slug, p => p with { Roles = p.Roles.Select(Role).ToList() }, StringComparer.Ordinal);
        Assignment Who(Assignment who) => who with
        {
            Text = T(who.Text),
            Roles = who.Roles.Select(Role).ToList(),
            People = who.People.Select(p => people.GetValueOrDefault(p.Slug) ?? p).ToList(),
        };

        CalendarTask Task(CalendarTask t) => t with { Text = T(t.Text), Phase = T(t.Phase), Notes = T(t.Notes), Who = Who(t.Who) };

        return plan with
        {
            Settings = plan.Settings with
            {
                Language = language,
                Title = Setting(plan.Settings, "title", plan.Settings.Title, language),
                Description = Setting(plan.Settings, "description", plan.Settings.Description, language),
                Organisation = Setting(plan.Settings, "organisation", plan.Settings.Organisation, language),
                Timeframe = Setting(plan.Settings, "timeframe", plan.Settings.Timeframe, language),
                // An address is the same in every language; a sentence is the first language's until translated.
                AccessibilityContact = plan.Settings.AccessibilityContact.Contains(' ', StringComparison.Ordinal) || plan.Settings.InOtherLanguages.ContainsKey($"accessibility_contact.{language}")
                    ? Setting(plan.Settings, "accessibility_contact", plan.Settings.AccessibilityContact, language)
                    : plan.Settings.AccessibilityContact,
                LogForm = plan.Settings.InOtherLanguages.TryGetValue($"log_form.{language}", out var form) ? form : plan.Settings.LogForm,
            },
            Phases = plan.Phases.Select(p => p with { Name = T(p.Name) }).ToList(),
            Roles = plan.Roles.Select(Role).ToList(),
            People = plan.People.Select(p => people[p.Slug]).ToList(),
            Tasks = plan.Tasks.Select(Task).ToList(),
            Undated = plan.Undated.Select(Task).ToList(),
            Initiatives = plan.Initiatives.Select(i => i with
            {
                Title = T(i.Title),
                Objective = T(i.Objective),
                Name = T(i.Name),
                Implementation = T(i.Implementation),
                KeyTerms = i.KeyTerms.Select(k => new KeyTerm(Plain(k.Term), T(k.Definition))).ToList(),
                Benchmarks = i.Benchmarks.Select(b => b with { Text = T(b.Text), DateText = T(b.DateText), Responsible = Who(b.Responsible) }).ToList(),
                Resources = i.Resources.Select(r => new InitiativeResource(T(r.Name), T(r.NewOrExpandedUse), T(r.Reallocation), T(r.NewResources), T(r.Notes))).ToList(),
            }).ToList(),
            Goals = plan.Goals.Select(g => g with
            {
                Statement = T(g.Statement),
                DataConclusion = T(g.DataConclusion),
                Rationale = T(g.Rationale),
                Targets = g.Targets.Select(t => t with
                {
                    Statement = T(t.Statement),
                    TimelineText = T(t.TimelineText),
                    Activities = t.Activities.Select(a => a with { Statement = T(a.Statement), TimelineText = T(a.TimelineText), Responsible = Who(a.Responsible), Evidence = T(a.Evidence), Resources = T(a.Resources) }).ToList(),
                }).ToList(),
            }).ToList(),
            Resources = plan.Resources.Select(r => r with { Name = T(r.Name), Initiative = Plain(r.Initiative), Notes = T(r.Notes) }).ToList(),
            Glossary = plan.Glossary.Select(e => e with { Term = Plain(e.Term), Definition = T(e.Definition), Title = T(e.Title) }).ToList(),
            Pages = plan.Pages.Select(p => p.Translations.TryGetValue(language, out var translated)
                ? translated with { Slug = p.Slug, Order = p.Order }
                : p with { Title = $"{Open}{p.Title}{Close}", Summary = p.Summary.Length == 0 ? p.Summary : $"{Open}{p.Summary}{Close}", TextLanguage = plan.Settings.Language }).ToList(),
            PairRoles = plan.PairRoles.Select(Role).ToList(),
        };
    }

    /// <summary>One of site.yml's texts in <paramref name="language"/> ("title.es"), or marked as the first language's.</summary>
    private static string Setting(SiteSettings settings, string name, string text, string language) =>
        settings.InOtherLanguages.TryGetValue($"{name}.{language}", out var translated) ? translated
        : text.Length == 0 ? text
        : $"{Open}{text}{Close}";

    /// <summary>The history in <paramref name="language"/>: its items' words as the plan gives them there.</summary>
    public static ChangeLog Translate(ChangeLog history, Plan plan, string language) => history with
    {
        State = history.State.Select(i => i with { Title = Shown(plan.Texts, i.Title, language), Facts = i.Facts with { Timeline = Shown(plan.Texts, i.Facts.Timeline, language), DueText = Shown(plan.Texts, i.Facts.DueText, language), Who = Shown(plan.Texts, i.Facts.Who, language) } }).ToList(),
    };

    /// <summary>
    /// The words in <paramref name="language"/>; else, when they are words (a text to translate, a
    /// who, a timeline, a date written in words), marked as the first language's, so a screen reader
    /// reads them in it; else as they are (a number, a date written in digits).
    /// </summary>
    private static string Shown(PlanTexts texts, string text, string language, string staleNote = "")
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? text
            : texts.Translation(trimmed, language) is { } translated ? (staleNote.Length > 0 && texts.IsStale(trimmed, language) ? $"{translated} {StaleOpen}{staleNote}{StaleClose}" : translated)
            : texts.IsText(trimmed) || trimmed.Any(char.IsLetter) ? $"{Open}{text}{Close}"
            : text;
    }

    /// <summary><paramref name="text"/> marked as the plan's first language's.</summary>
    public static string Marked(string text) => $"{Open}{text}{Close}";

    /// <summary>Text with its marks taken out: for a feed, an attribute, a title.</summary>
    public static string Unmarked(string text) =>
        text.AsSpan().IndexOfAnyInRange(Open, StaleClose) < 0 ? text : string.Concat(text.Where(c => c is < Open or > StaleClose));
}
