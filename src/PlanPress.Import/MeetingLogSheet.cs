using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Meetings;
using PlanPress.Model.Text;

namespace PlanPress.Import;

/// <summary>
/// The meeting-log form's responses sheet (site.yml's meeting_log), its columns found by what a form
/// asks: when (Timestamp, a meeting date), the month met for, who (the mentor, the pair, both names),
/// whether they met, how long (minutes or hours), notes. A column it does not read is named in a note.
/// </summary>
public static class MeetingLogSheet
{
    private enum Meaning { Other, When, Stamp, Month, Who, Met, Minutes, Hours, Notes }

    /// <summary>
    /// Words a form's question holds, in English and Spanish, each meaning tried in this order: what
    /// is never read first (an e-mail address, a school), then when, whether they met (a yes-or-no
    /// question about meeting), how long, the month, notes, and who.
    /// </summary>
    private static readonly (Meaning Meaning, string[] Words)[] Questions =
    [
        (Meaning.Other, ["email", "e mail", "correo", "school", "escuela", "grade", "grado"]),
        (Meaning.Stamp, ["timestamp", "marca temporal", "marca de tiempo", "start time", "completion time", "submitted", "hora de inicio", "hora de finalizacion"]),
        (Meaning.When, ["date", "fecha", "what day", "which day", "when did", "que dia", "cuando"]),
        (Meaning.Met, ["did you meet", "did the pair meet", "did your pair meet", "have you met", "met", "se reunieron", "se reunio", "te reuniste", "hubo reunion"]),
        // Hours before minutes: "How long did you meet (hours)?" counts hours; "Hours and minutes" is taken as minutes (see MeaningOf).
        (Meaning.Hours, ["hours", "horas", "hrs"]),
        (Meaning.Minutes, ["minutes", "minutos", "mins", "how long", "duration", "duracion", "duro", "length", "time", "tiempo"]),
        (Meaning.Month, ["month", "mes"]),
        (Meaning.Notes, ["notes", "note", "comments", "comment", "discuss", "discussed", "notas", "comentarios", "anything else", "observaciones"]),
        (Meaning.Who, ["mentor", "mentee", "protege", "pair", "pareja", "name", "nombre", "tutor", "mentorado", "who", "quien"]),
    ];

    /// <summary>The responses on the workbook's first sheet that holds any, by the meaning of its first row's questions; a note for each column and sheet not read.</summary>
    public static (List<MeetingRow> Rows, List<Diagnostic> Diagnostics) Read(IReadOnlyList<Sheet> sheets)
    {
        var diagnostics = new List<Diagnostic>();
        var sheet = sheets.FirstOrDefault(s => s.Rows.Any(r => !r.IsBlank));
        if (sheet is null)
        {
            return ([], diagnostics);
        }

        foreach (var other in sheets.Where(s => s != sheet && s.Rows.Any(r => !r.IsBlank)))
        {
            diagnostics.Add(Diagnostic.Note(other.Location, "This sheet of the meeting log was not read: only its first sheet, the form's responses, is.", "the form's responses on the workbook's first sheet"));
        }

        var header = sheet.Rows.First(r => !r.IsBlank);
        var columns = new Dictionary<int, Meaning>();
        for (var column = 0; column < header.Cells.Count; column++)
        {
            var text = header.Cells[column].Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (MeaningOf(text) is { } meaning and not Meaning.Other && (meaning == Meaning.Who || !columns.ContainsValue(meaning)))
            {
                columns[column] = meaning;
                diagnostics.Add(Diagnostic.Info(sheet.At(header.Number, column), $"The column \"{text.Trim()}\" is read as {Described[meaning]}."));
            }
            else
            {
                diagnostics.Add(Diagnostic.Note(sheet.At(header.Number, column), $"The column \"{text.Trim()}\" was not read: it is not when, the month, who, whether they met, how long or notes.", "nothing, when the site does not need it; else a question that says what it asks (\"Which month is this meeting for?\", \"How many minutes did you meet?\", \"Mentor's name\")"));
            }
        }

        if (!columns.ContainsValue(Meaning.Who) || !(columns.ContainsValue(Meaning.When) || columns.ContainsValue(Meaning.Stamp) || columns.ContainsValue(Meaning.Month)))
        {
            diagnostics.Add(Diagnostic.Error(
                sheet.At(header.Number, 0),
                "The meeting log's first row names no " + (columns.ContainsValue(Meaning.Who) ? "month or date" : "mentor or pair") + "; no meeting was read.",
                "the form's questions as its header: a Timestamp or date, the month met for, the mentor or pair, and how many minutes"));
            return ([], diagnostics);
        }

        SourceCell Cell(SheetRow row, Meaning meaning) => columns.Where(c => c.Value == meaning).Select(c => sheet.Cell(row, c.Key)).FirstOrDefault() ?? SourceCell.Blank(sheet.At(row.Number, 0));
        var rows = sheet.Rows.SkipWhile(r => r != header).Skip(1).Where(r => !r.IsBlank).Select(row =>
        {
            var when = Cell(row, Meaning.When) is { IsBlank: false } day ? day : Cell(row, Meaning.Stamp);
            return new MeetingRow(
                sheet.At(row.Number, 0) with { Cell = $"row {row.Number}" },
                when,
                Cell(row, Meaning.Month),
                columns.Where(c => c.Value == Meaning.Who).Select(c => sheet.Cell(row, c.Key)).ToList(),
                Cell(row, Meaning.Met),
                columns.Where(c => c.Value is Meaning.Hours or Meaning.Minutes).Select(c => new MeetingTime(sheet.Cell(row, c.Key), c.Value == Meaning.Hours)).ToList(),
                Cell(row, Meaning.Notes));
        }).ToList();
        return (rows, diagnostics);
    }

    /// <summary>What a form's question asks, by the first meaning whose words it holds as whole words; whether they met, by a yes-or-no question about meeting.</summary>
    private static Meaning? MeaningOf(string question)
    {
        var words = " " + Fold.Words(question) + " ";
        foreach (var (meaning, list) in Questions)
        {
            bool Holds(IEnumerable<string> any) => any.Any(w => words.Contains(" " + Fold.Words(w) + " ", StringComparison.Ordinal));
            var asks = meaning switch
            {
                Meaning.Met => YesOrNo.Any(w => words.StartsWith(" " + w + " ", StringComparison.Ordinal)) && Holds(list.Concat(["meet", "reunir", "reunion", "reunieron", "reunio"])),
                Meaning.Hours => Holds(list) && !Holds(["minutes", "minutos", "mins", "min"]),
                _ => Holds(list),
            };
            if (asks)
            {
                return meaning;
            }
        }

        return null;
    }

    /// <summary>Each meaning as --verbose says which column was taken for it.</summary>
    private static readonly Dictionary<Meaning, string> Described = new()
    {
        [Meaning.When] = "the day met", [Meaning.Stamp] = "when the response was sent", [Meaning.Month] = "the month met for",
        [Meaning.Who] = "who met", [Meaning.Met] = "whether they met", [Meaning.Minutes] = "how long, in minutes",
        [Meaning.Hours] = "how long, in hours", [Meaning.Notes] = "notes (never published)",
    };

    /// <summary>How a yes-or-no question starts ("Did you meet?", "¿Se reunieron?").</summary>
    private static readonly string[] YesOrNo = ["did", "have", "has", "were", "was", "se", "te", "hubo", "ha", "han", "met"];
}
