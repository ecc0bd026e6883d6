using PlanPress.Import.Workbooks;

namespace PlanPress.Import.Tests;

/// <summary>The meeting log's columns found by what a form asks, in English and Spanish, as Google Forms and Microsoft Forms name them.</summary>
public sealed class MeetingLogSheetTests
{
    private static Sheet SheetOf(params string[][] rows) =>
        new("log.xlsx", "Responses", rows.Select((r, i) => new SheetRow(i + 1, r.Select((c, j) => new Model.SourceCell(c, new Model.Diagnostics.SourceLocation("log.xlsx", "Responses", CellAddress.Of(i + 1, j)))).ToList())).ToList());

    [Fact]
    public void Each_question_is_taken_for_what_it_asks_and_the_rest_is_named_in_a_note()
    {
        var (rows, diagnostics) = MeetingLogSheet.Read([SheetOf(
            ["Start time", "Email", "Mentor email", "What day did you meet?", "Did you and your mentee meet?", "Your name", "Mentee's name", "How many hours did you meet?", "And minutes?", "Which month is this meeting for?", "What did you discuss?", "School name"],
            ["10/16/2023 15:42", "a@x.org", "a@x.org", "10/16/2023", "Yes", "Ann Lee", "Sam Park", "1", "30", "October 2023", "Fractions", "Riverside"])]);

        var row = Assert.Single(rows);
        Assert.Equal("10/16/2023", row.When.Text);
        Assert.Equal("Yes", row.Met.Text);
        Assert.Equal(["Ann Lee", "Sam Park"], row.Who.Select(c => c.Text));
        Assert.Equal([("1", true), ("30", false)], row.Time.Select(t => (t.Cell.Text, t.Hours)));
        Assert.Equal("October 2023", row.Month.Text);
        Assert.Equal("Fractions", row.Notes.Text);
        Assert.Equal(["Email", "Mentor email", "School name"], diagnostics.Where(d => d.Severity == Model.Diagnostics.Severity.Note).Select(d => d.Message.Split('"')[1]));
        Assert.Contains(diagnostics, d => d.Message == "The column \"How many hours did you meet?\" is read as how long, in hours.");
    }

    [Theory]
    [InlineData("How long did you meet (hours)?", true)]
    [InlineData("Meeting length (hours)", true)]
    [InlineData("Duration (in hours)", true)]
    [InlineData("How many minutes did you meet?", false)]
    [InlineData("Hours and minutes met", false)]
    [InlineData("How long did you meet?", false)]
    public void A_time_question_counts_hours_when_it_says_hours_alone(string question, bool hours)
    {
        var (rows, _) = MeetingLogSheet.Read([SheetOf(["Timestamp", "Mentor", question], ["10/16/2023", "Ann Lee", "1"])]);

        Assert.Equal(hours, Assert.Single(Assert.Single(rows).Time).Hours);
    }

    [Fact]
    public void A_spanish_form_is_read_the_same()
    {
        var (rows, diagnostics) = MeetingLogSheet.Read([SheetOf(
            ["Marca temporal", "Dirección de correo electrónico", "Nombre del mentor", "¿Para qué mes es esta reunión?", "¿Se reunieron este mes?", "¿Cuántos minutos duró la reunión?", "Notas"],
            ["16/10/2023 15:42:10", "a@x.org", "Ana Ruiz", "octubre de 2023", "Sí", "45", "Bien"])]);

        var row = Assert.Single(rows);
        Assert.Equal(["Ana Ruiz"], row.Who.Select(c => c.Text));
        Assert.Equal("octubre de 2023", row.Month.Text);
        Assert.Equal("Sí", row.Met.Text);
        Assert.Equal("45", Assert.Single(row.Time).Cell.Text);
        Assert.Equal("Bien", row.Notes.Text);
        Assert.Single(diagnostics, d => d.Severity == Model.Diagnostics.Severity.Note);
    }
}
