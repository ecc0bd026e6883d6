using System.IO.Compression;
using System.Text;
using static PlanPress.Testing.RawXlsx;

namespace PlanPress.Tests.Hostile;

/// <summary>
/// Content folders nobody tidied, as a careless or hostile contributor makes them. Each case ends
/// one of two ways, asserted exactly: refused (exit 1, the message naming file, sheet and cell,
/// no stack trace, the previous site byte for byte as it was), or built clean (exit 0, with no
/// private text and no path of the build machine in any file written).
/// </summary>
public sealed class HostileContentTests(HostileContentTests.PreviousSite previous) : IClassFixture<HostileContentTests.PreviousSite>
{
    /// <summary>What every private cell of the corpus (and of the LibreOffice fixtures) holds; it must never reach a written file.</summary>
    public const string Secret = "SECRET-555-0199";

    private const string PrivateMarker = "SECRET";

    private const string AsOf = "2023-11-15";

    private const string SiteYml = "title: Hostile corpus\norganisation: Test School\nprogram_start: October 2023\nlanguage: en\nbase_url: https://example.org/plan/\n";

    private static readonly string[] Header = ["Month", "Task", "Who", "Notes"];

    private static readonly string?[][] Tasks =
    [
        ["October 2023", "Assess needs", "Coordinator", "Survey families"],
        [null, "Recruit mentors", "Coordinator", null],
        ["November 2023", "Train mentors", "Coordinator", null],
    ];

    /// <summary>How a case must end.</summary>
    public sealed record Outcome(bool Builds, string[] Texts)
    {
        public static Outcome Refused(params string[] texts) => new(false, texts);

        public static Outcome Clean(params string[] texts) => new(true, texts);
    }

    /// <param name="Make">Turns the good base content (site.yml and calendar.xlsx) into the case's.</param>
    /// <param name="Output">The --output given, relative to the case's folder, when not "site".</param>
    public sealed record HostileCase(Action<TempFolder> Make, Outcome Expect, string? Output = null);

    /// <summary>The good base content built once: every refused case must leave exactly these files.</summary>
    public sealed class PreviousSite : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder _folder = new();

        public string Folder => _folder["site"];

        public async Task InitializeAsync()
        {
            WriteBase(_folder);
            var run = await PlanPressRun.StartAsync("build", "--content", _folder["content"], "--theme", Repository.Theme, "--output", Folder, "--booklets", _folder["booklets"], "--as-of", AsOf);
            Assert.True(run.ExitCode == 0, run.Output);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _folder.Dispose();
    }

    private static void WriteBase(TempFolder folder)
    {
        folder.Write("content/site.yml", SiteYml);
        Calendar(folder, Data([Header, .. Tasks]));
    }

    private static void Calendar(TempFolder folder, string sheetXml, string file = "calendar.xlsx") =>
        new RawXlsx().Sheet("Calendar", sheetXml).Save(folder[$"content/{file}"]);

    private static string Cols(params (int Min, int Max, string Attributes)[] columns) =>
        "<cols>" + string.Concat(columns.Select(c => $"<col min=\"{c.Min}\" max=\"{c.Max}\" {c.Attributes}/>")) + "</cols>";

    private static string[] TaskRow(string month, string task) => [month, task, "Coordinator", null!];

    private static void Page(TempFolder folder, string name, string text) => folder.Write($"content/pages/{name}", text);

    private static string Laughs(int levels) =>
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        + string.Concat(Enumerable.Range(0, levels).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)}]\n"));

    private static readonly Dictionary<string, HostileCase> Cases = new()
    {
        // ---- Private text: hidden rows, columns and sheets however recorded, columns and rows marked private.
        ["hidden column far right, as a LibreOffice range"] = new(f => Calendar(f, Cols((1, 3, "width=\"12\""), (4, 1024, "hidden=\"true\" width=\"11.5\"")) + Data([.. Header[..3], null, null, null, null, null, null, null, "Notes"], ["October 2023", "Assess needs", "Coordinator", null, null, null, null, null, null, null, Secret])), Outcome.Clean()),
        ["hidden column as an Excel range hidden=1"] = new(f => Calendar(f, Cols((4, 16384, "hidden=\"1\"")) + Data([.. Header], ["October 2023", "Assess needs", "Coordinator", Secret])), Outcome.Clean()),
        ["hidden column of zero width"] = new(f => Calendar(f, Cols((4, 4, "width=\"0\" customWidth=\"1\"")) + Data([.. Header], ["October 2023", "Assess needs", "Coordinator", Secret])), Outcome.Clean()),
        ["hidden columns by default width 0"] = new(f => Calendar(f, "<sheetFormatPr defaultColWidth=\"0\" defaultRowHeight=\"15\"/>" + Cols((1, 3, "width=\"12\"")) + Data([.. Header], ["October 2023", "Assess needs", "Coordinator", Secret])), Outcome.Clean()),
        ["hidden row hidden=true (LibreOffice)"] = new(f => Calendar(f, "<sheetData>" + Row(1, Header) + Row(2, TaskRow("October 2023", "Assess needs")) + RowWith(3, "hidden=\"true\"", TaskRow("October 2023", Secret)) + "</sheetData>"), Outcome.Clean()),
        ["hidden row of zero height"] = new(f => Calendar(f, "<sheetData>" + Row(1, Header) + Row(2, TaskRow("October 2023", "Assess needs")) + RowWith(3, "ht=\"0\" customHeight=\"1\"", TaskRow("October 2023", Secret)) + "</sheetData>"), Outcome.Clean()),
        ["rows hidden by default (zeroHeight)"] = new(f => Calendar(f, "<sheetFormatPr defaultRowHeight=\"15\" zeroHeight=\"1\"/><sheetData>" + RowWith(1, "ht=\"15\" customHeight=\"1\"", Header) + RowWith(2, "ht=\"15\" customHeight=\"1\"", TaskRow("October 2023", "Assess needs")) + Row(3, TaskRow("October 2023", Secret)) + "</sheetData>"), Outcome.Clean()),
        ["veryHidden sheet"] = new(f => new RawXlsx().Sheet("Calendar", Data([.. Header], [.. Tasks[0]])).Sheet("Old", Data([.. Header], TaskRow("October 2023", Secret)), "veryHidden").Save(f["content/calendar.xlsx"]), Outcome.Clean()),
        ["hidden sheet"] = new(f => new RawXlsx().Sheet("Calendar", Data([.. Header], [.. Tasks[0]])).Sheet("Old", Data([.. Header], TaskRow("October 2023", Secret)), "hidden").Save(f["content/calendar.xlsx"]), Outcome.Clean()),
        ["two sheets of one name, the first hiding a row"] = new(f => new RawXlsx()
            .Sheet("Calendar", "<sheetData>" + Row(1, Header) + Row(2, TaskRow("October 2023", "Assess needs")) + RowWith(3, "hidden=\"1\"", TaskRow("October 2023", Secret)) + "</sheetData>")
            .Sheet("Calendar", Data(["Term", "Definition"], ["PDSA", "Plan, do, study, act"]))
            .Save(f["content/calendar.xlsx"]), Outcome.Clean()),
        ["Private notes column on the improvement plan, written as footnotes"] = new(f => new RawXlsx().Sheet("Plan", Data(
            ["Goal / Target / Activity", "Timeline", "Person Responsible", "Private notes"],
            ["Improvement Goal #1> Every protégé is supported", null, null, "* NEW = " + Secret],
            ["Improvement Target #1A: All mentors are trained", "by end of Q2", null, null],
            ["1A1. Train mentors", "month 1, year 1", "Coordinator", "* " + Secret + " = phone"],
            [null, null, null, "* CALL = " + Secret])).Save(f["content/improvement.xlsx"]), Outcome.Clean()),
        ["Notes (private) on the calendar"] = new(f => Calendar(f, Data(["Month", "Task", "Who", "Notes (private)"], ["October 2023", "Assess needs", "Coordinator", Secret])), Outcome.Clean()),
        ["rows marked in a Private column"] = new(f => Calendar(f, Data(["Month", "Task", "Who", "Private"], ["October 2023", "Assess needs", "Coordinator", null], ["November 2023", Secret, "Coordinator", "x"], [null, "Train mentors", "Coordinator", null])), Outcome.Clean()),
        ["private column on the action plan form"] = new(f => new RawXlsx().Sheet("Reading", Data(
            ["Strategic Initiative", "Common reading strategies"],
            [],
            ["Process Benchmark", "Person Responsible", "Date", "Status", "Private notes"],
            ["Train teachers", "M. Edwards", "3/4/2024", "Met", Secret],
            [],
            ["Term", "Definition", "Private"],
            ["PLC", "Professional learning community", Secret])).Save(f["content/action-plan.xlsx"]), Outcome.Clean()),
        ["private columns on the Glossary, Resources and Roles sheets"] = new(f => new RawXlsx()
            .Sheet("Calendar", Data([.. Header], [.. Tasks[0]]))
            .Sheet("Glossary", Data(["Term", "Definition", "Private comment"], ["PDSA", "Plan, do, study, act", Secret]))
            .Sheet("Resources", Data(["Resource", "Kind", "Notes", "Cost (private)"], ["Volunteers", "People", "From the community", Secret]))
            .Sheet("Roles", Data(["Role", "Aliases", "People", "Private phone"], ["Coordinator", "Program Coordinator", "J. Rivera", Secret]))
            .Save(f["content/calendar.xlsx"]), Outcome.Clean()),
        ["a plan in two languages: a hidden Spanish column, a private row's Spanish, a private Spanish column"] = new(f =>
        {
            f.Write("content/site.yml", SiteYml.Replace("language: en", "languages: [en, es]", StringComparison.Ordinal));
            Calendar(f, Cols((6, 6, "hidden=\"true\" width=\"11\"")) + Data(
                ["Month", "Task", "Task (es)", "Who", "Private", "Notes (es)", "Notes (es) (private)"],
                ["October 2023", "Assess needs", "Evaluar las necesidades", "Coordinator", null, Secret, Secret],
                ["November 2023", "Train mentors", Secret, "Coordinator", "x", null, null],
                [null, "Recruit mentors", null, "Coordinator", null, null, Secret]));
        }, Outcome.Clean("calendar.xlsx [Calendar]: note: Spanish (es): 1 of 2 text cells translated; to translate: B4.")),
        ["hidden column in a .xls saved by LibreOffice"] = new(f => File.Copy(Repository.Fixture("hidden-and-private-columns.xls"), f["content/hidden-columns.xls"]), Outcome.Clean()),
        ["hidden column, private column, hidden row and hidden sheet in an .ods saved by LibreOffice"] = new(f =>
        {
            File.Copy(Repository.Fixture("hidden-and-private-columns.ods"), f["content/private.ods"]);
            Directory.CreateDirectory(f["content/sub"]);
            File.Copy(Repository.Fixture("merged-month-cells.ods"), f["content/sub/merged.ods"]);
        }, Outcome.Clean()),
        ["a workbook linked from outside the content folder"] = new(f =>
        {
            Calendar(f, Data([.. Header], TaskRow("October 2023", Secret)), "../outside.xlsx");
            File.CreateSymbolicLink(f["content/linked.xlsx"], f["outside.xlsx"]);
        }, Outcome.Refused("content/linked.xlsx: error: This is a link to a file outside the content folder")),
        ["a page linked to a file outside the content folder"] = new(f =>
        {
            f.Write("passwd", "root:x:0:0:" + Secret);
            Directory.CreateDirectory(f["content/pages"]);
            File.CreateSymbolicLink(f["content/pages/about.md"], f["passwd"]);
        }, Outcome.Refused("content/pages/about.md: error: This is a link to a file outside the content folder")),
        ["the pages folder linked to a folder outside"] = new(f =>
        {
            f.Write("elsewhere/notes.md", "---\ntitle: Notes\n---\n" + Secret);
            Directory.CreateSymbolicLink(f["content/pages"], f["elsewhere"]);
        }, Outcome.Refused("content/pages: error: This is a link to a folder outside the content folder")),
        ["a link that leads nowhere"] = new(f => File.CreateSymbolicLink(f["content/gone.xlsx"], f["no-such-file.xlsx"]), Outcome.Refused("content/gone.xlsx: error: This is a link to")),

        // ---- Wrong without a word: formula errors, unsaved formulas, impossible years, hidden or empty workbooks.
        ["#REF! in a Month cell under a month"] = new(f => Calendar(f, "<sheetData>" + Row(1, Header) + Row(2, TaskRow("October 2023", "Assess needs")) + Row(3, "<c r=\"{ref}\" t=\"e\"><f>#REF!+1</f><v>#REF!</v></c>", "Recruit", "Coordinator") + "</sheetData>"), Outcome.Refused("calendar.xlsx [Calendar] A3: error: This cell holds the formula error #REF!, not a value.")),
        ["a formula with no saved value in a Month cell"] = new(f => Calendar(f, "<sheetData>" + Row(1, Header) + Row(2, TaskRow("October 2023", "Assess needs")) + Row(3, "<c r=\"{ref}\"><f>EDATE(A2,1)</f></c>", "Recruit", "Coordinator") + "</sheetData>"), Outcome.Refused("calendar.xlsx [Calendar] A3: error: This cell holds the formula =EDATE(A2,1) with no saved value, not a value.")),
        ["a formula with an empty saved value (as scripts write it) in a Task cell"] = new(f => Calendar(f, "<sheetData>" + Row(1, Header) + Row(2, "October 2023", "<c r=\"{ref}\"><f>1+1</f><v></v></c>", "Coordinator") + "</sheetData>"), Outcome.Refused("calendar.xlsx [Calendar] B2: error: This cell holds the formula =1+1 with no saved value")),
        ["a formula error in an action plan date"] = new(f => new RawXlsx().Sheet("Reading", Data(
            ["Strategic Initiative", "Common reading strategies"],
            ["Process Benchmark", "Person Responsible", "Date", "Status"],
            ["Train teachers", "M. Edwards", "<c r=\"{ref}\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>", "Met"])).Save(f["content/action-plan.xlsx"]), Outcome.Refused("action-plan.xlsx [Reading] C3: error: This cell holds the formula error #DIV/0!")),
        ["formula errors in a .xlsx saved by LibreOffice"] = new(f => File.Copy(Repository.Fixture("formula-errors.xlsx"), f["content/calendar.xlsx"], overwrite: true),
            Outcome.Refused("calendar.xlsx [Calendar] A3: error: This cell holds the formula error #DIV/0!, not a value.", "calendar.xlsx [Calendar] B4: error: This cell holds the formula error #N/A, not a value.")),
        ["formula errors in a .xls saved by LibreOffice"] = new(f =>
        {
            File.Delete(f["content/calendar.xlsx"]);
            File.Copy(Repository.Fixture("formula-errors.xls"), f["content/calendar.xls"]);
        }, Outcome.Refused("calendar.xls [Calendar] A3: error: This cell holds the formula error #DIV/0!, not a value.", "calendar.xls [Calendar] B4: error: This cell holds the formula error #N/A, not a value.")),
        ["January 0001"] = new(f => Calendar(f, Data([.. Header], TaskRow("January 0001", "Assess needs"))), Outcome.Refused("calendar.xlsx [Calendar] A2: error: The month \"January 0001\" cannot be read: the year 1 is outside the years a plan can cover (1990–2100).")),
        ["December 9999 and a month under it"] = new(f => Calendar(f, Data([.. Header], TaskRow("December 9999", "Assess needs"), TaskRow("January", "Recruit"))), Outcome.Refused("calendar.xlsx [Calendar] A2: error: The month \"December 9999\" cannot be read: the year 9999 is outside")),
        ["a date cell holding 1 (1 January 1900)"] = new(f =>
        {
            var book = new RawXlsx().Sheet("Calendar", Data([.. Header], ["<c r=\"{ref}\" s=\"1\"><v>1</v></c>", "Assess needs", "Coordinator"]));
            book.Parts["xl/styles.xml"] = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"17\"/></cellXfs></styleSheet>";
            book.Save(f["content/calendar.xlsx"]);
        }, Outcome.Refused("calendar.xlsx [Calendar] A2: error: The month \"1900-01-01\" cannot be read: the year 1900 is outside")),
        ["a benchmark due in the year 19"] = new(f => new RawXlsx().Sheet("Reading", Data(
            ["Strategic Initiative", "Common reading strategies"],
            ["Process Benchmark", "Person Responsible", "Date", "Status"],
            ["Train teachers", "M. Edwards", "3/4/0019", "Met"])).Save(f["content/action-plan.xlsx"]), Outcome.Refused("action-plan.xlsx [Reading] C3: error: The date \"3/4/0019\" cannot be a benchmark's: the year 19 is outside")),
        ["a month years from the program start"] = new(f => Calendar(f, Data([.. Header], TaskRow("October 2023", "Assess needs"), TaskRow("October 2031", "Celebrate"))), Outcome.Clean("calendar.xlsx [Calendar] B3: warning: October 2031 is more than 5 years from the program start, October 2023.")),
        ["a workbook whose sheets are all hidden"] = new(f => new RawXlsx().Sheet("Old", Data([.. Header], TaskRow("October 2023", Secret)), "hidden").Save(f["content/old.xlsx"]), Outcome.Clean("content/old.xlsx: warning: Every sheet of this workbook is hidden (1 sheet), so nothing in it was read.")),
        ["a workbook with no sheets"] = new(f => new RawXlsx().Save(f["content/empty.xlsx"]), Outcome.Clean("content/empty.xlsx: warning: This workbook has no sheets, so nothing in it was read.")),

        // ---- Crashes that must be messages.
        ["two pages with the same address"] = new(f =>
        {
            Page(f, "Read Me.md", "---\ntitle: One\n---\nOne");
            Page(f, "read-me.md", "---\ntitle: Two\n---\nTwo");
        }, Outcome.Refused("pages/read-me.md: error: This page would be written to pages/read-me.html, as ", "pages/Read Me.md is.")),
        ["two roles with the same address"] = new(f => new RawXlsx().Sheet("Calendar", Data([.. Header], [.. Tasks[0]])).Sheet("Roles", Data(["Role", "Aliases"], ["Coordinator", null], ["导师", null], ["辅导员", null])).Save(f["content/calendar.xlsx"]),
            Outcome.Refused("calendar.xlsx [Roles] A4: error: The role \"辅导员\" would have the same page as the role \"导师\" (roles/item.html)")),
        ["two roles whose names differ only in punctuation"] = new(f => new RawXlsx().Sheet("Calendar", Data([.. Header], [.. Tasks[0]])).Sheet("Roles", Data(["Role", "Aliases"], ["Coordinator", null], ["Mentor's aide", null], ["Mentor s aide", null])).Save(f["content/calendar.xlsx"]),
            Outcome.Refused("calendar.xlsx [Roles] A4: error: The role name or alias \"Mentor s aide\" is already used at ", "calendar.xlsx [Roles] A3.")),
        ["billion laughs in site.yml"] = new(f => f.Write("content/site.yml", SiteYml + Laughs(9)), Outcome.Refused("content/site.yml line 6: error: The settings use a YAML anchor (&a), which PlanPress does not read.")),
        ["billion laughs in a page's front matter"] = new(f => Page(f, "laughs.md", "---\ntitle: Laughs\n" + Laughs(9) + "---\nHa"), Outcome.Refused("pages/laughs.md line 3: error: The settings use a YAML anchor (&a)")),
        ["settings nested a thousand deep"] = new(f => f.Write("content/site.yml", SiteYml + "deep: " + new string('[', 1000) + new string(']', 1000) + "\n"), Outcome.Refused("content/site.yml line 6: error: The settings nest deeper than PlanPress reads (8 levels).")),
        ["a page of 2 MB"] = new(f => Page(f, "huge.md", "---\ntitle: Huge\n---\n" + new string('x', 2 * 1024 * 1024)), Outcome.Refused("pages/huge.md: error: The page is 2,048 KB, larger than PlanPress reads (1,024 KB).")),

        // ---- Scripts and resources.
        ["base_url javascript:"] = new(f => f.Write("content/site.yml", SiteYml.Replace("https://example.org/plan/", "\"javascript:alert(document.domain)//\"", StringComparison.Ordinal)), Outcome.Refused("content/site.yml line 5: error: The base_url \"javascript:alert(document.domain)//\" is not a web address.")),
        ["base_url data:"] = new(f => f.Write("content/site.yml", SiteYml.Replace("https://example.org/plan/", "data:text/html,<script>alert(1)</script>", StringComparison.Ordinal)), Outcome.Refused("content/site.yml line 5: error: The base_url \"data:text/html,<script>alert(1)</script>\" is not a web address.")),
        ["a meeting log kept as a second sheet of the calendar"] = new(f => new RawXlsx()
            .Sheet("Calendar", Data([Header, .. Tasks]))
            .Sheet("Meeting log", Data(["Date", "What", "Who", "Notes"], ["October 12, 2023", "Met with Dana", "Coordinator", Secret]))
            .Save(f["content/calendar.xlsx"]), Outcome.Refused("content/calendar.xlsx [Meeting log]: error: This sheet is read as a second Calendar table (its header: Date, What, Who, Notes) beside the workbook's sheet Calendar (Month, Task, Who, Notes)")),
        ["a CSV with NUL bytes and right-to-left marks, exported by some tool"] = new(f =>
        {
            File.Delete(f["content/calendar.xlsx"]);
            File.WriteAllBytes(f["content/calendar.csv"], System.Text.Encoding.UTF8.GetBytes("Month,Task,Who,Notes\nOctober 2023,Assess\0 needs \u200Fשלום\u200F,Coordinator,\0\nNovember 2023,Train mentors,Coordinator,\n"));
        }, Outcome.Clean()),
        ["the calendar saved again as CSV beside it"] = new(f => f.Write("content/calendar.csv", "Month,Task,Who,Notes\nOctober 2023,Assess needs,Coordinator,Survey families\n"), Outcome.Refused("content/calendar.csv: error: This is calendar.xlsx saved in another form (the same name): reading both would read the plan twice, so it was not read.")),
        ["base_url with a password"] = new(f => f.Write("content/site.yml", SiteYml.Replace("https://example.org/plan/", "https://coordinator:hunter2@example.org/plan/", StringComparison.Ordinal)), Outcome.Refused("content/site.yml line 5: error: The base_url holds a user name or password (before the @), which would be printed on paper and in every feed: remove \"coordinator…@\".")),
        ["base_url with a query"] = new(f => f.Write("content/site.yml", SiteYml.Replace("https://example.org/plan/", "https://example.org/plan/?x=1", StringComparison.Ordinal)), Outcome.Refused("content/site.yml line 5: error: The base_url ends with a query (\"?x=1\"), which every page's address would lose: remove it.")),
        ["base_url with a fragment"] = new(f => f.Write("content/site.yml", SiteYml.Replace("https://example.org/plan/", "\"https://example.org/plan/#top\"", StringComparison.Ordinal)), Outcome.Refused("content/site.yml line 5: error: The base_url ends with a fragment (\"#top\"), which every page's address would lose: remove it.")),
        ["base_url of 5,000 characters"] = new(f => f.Write("content/site.yml", SiteYml.Replace("https://example.org/plan/", "https://example.org/" + new string('p', 5000) + "/", StringComparison.Ordinal)), Outcome.Refused("content/site.yml line 5: error: The base_url is 5021 characters long; a printed month's QR code holds an address of at most 300 that a phone still reads.")),
        ["base_url with a quote to break out of the attribute"] = new(f => f.Write("content/site.yml", SiteYml.Replace("https://example.org/plan/", "'https://example.org/\" onmouseover=\"alert(1)'", StringComparison.Ordinal)), Outcome.Refused("content/site.yml line 5: error: The base_url")),
        ["shared strings that inflate past the limit"] = new(f =>
        {
            var book = new RawXlsx().Sheet("Calendar", Data([.. Header], ["<c r=\"{ref}\" t=\"s\"><v>0</v></c>", "Assess", "Coordinator"]));
            book.Parts["xl/sharedStrings.xml"] = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>" + new string('A', 70 * 1024 * 1024) + "</t></si></sst>";
            book.Save(f["content/calendar.xlsx"]);
        }, Outcome.Refused("content/calendar.xlsx: error: The workbook is larger than PlanPress reads: its part xl/sharedStrings.xml inflates to more than PlanPress reads (64 MB for this part")),
        ["a cell longer than a spreadsheet cell can be"] = new(f => Calendar(f, Data([.. Header], ["October 2023", new string('x', 40_000), "Coordinator"])), Outcome.Refused("content/calendar.xlsx: error: The workbook is larger than PlanPress reads: cell B2 of sheet \"Calendar\" holds 40,000 characters")),
        ["more rows than PlanPress reads"] = new(f => Calendar(f, "<sheetData>" + Row(1, Header) + string.Concat(Enumerable.Range(2, 250_001).Select(r => $"<row r=\"{r}\"><c r=\"B{r}\" t=\"inlineStr\"><is><t>t{r}</t></is></c></row>")) + "</sheetData>"), Outcome.Refused("content/calendar.xlsx: error: The workbook is larger than PlanPress reads: sheet \"Calendar\" has more than 250,000 rows")),
        ["a DTD with an external entity"] = new(f =>
        {
            var book = new RawXlsx().Sheet("Calendar", string.Empty);
            book.Parts["xl/worksheets/sheet1.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>";
            book.Save(f["content/calendar.xlsx"]);
        }, Outcome.Refused("content/calendar.xlsx: error: The workbook is damaged: a part of it is not well-formed XML")),

        // ---- Messages that must not mislead.
        ["a password-protected workbook (an encrypted package)"] = new(f => File.WriteAllBytes(f["content/calendar.xlsx"], EncryptedPackage()), Outcome.Refused("content/calendar.xlsx: error: The workbook is password-protected, so PlanPress cannot read it. Expected the workbook saved without a password")),
        ["an .xls named .xlsx"] = new(f => File.Copy(Repository.Fixture("merged-month-cells.xls"), f["content/calendar.xlsx"], overwrite: true), Outcome.Clean("content/calendar.xlsx: warning: This is an .xls file named .xlsx; it was read as .xls.")),
        ["an HTML sign-in page named .xlsx"] = new(f => f.Write("content/calendar.xlsx", "<!DOCTYPE html>\n<html><head><title>Sign in - Google Accounts</title></head><body>Sign in</body></html>"), Outcome.Refused("content/calendar.xlsx: error: This is a web page saved under a .xlsx name, not a workbook")),
        ["an OpenDocument spreadsheet named .xlsx"] = new(f =>
        {
            File.Delete(f["content/calendar.xlsx"]);
            using var zip = ZipFile.Open(f["content/calendar.xlsx"], ZipArchiveMode.Create);
            using (var writer = new StreamWriter(zip.CreateEntry("mimetype").Open()))
            {
                writer.Write("application/vnd.oasis.opendocument.spreadsheet");
            }

            using (var writer = new StreamWriter(zip.CreateEntry("content.xml").Open()))
            {
                writer.Write("<office:document-content/>");
            }
        }, Outcome.Refused("content/calendar.xlsx: error: The workbook is damaged: a part of it is not well-formed XML")),
        ["a workbook cut short while copying"] = new(f =>
        {
            var bytes = File.ReadAllBytes(Repository.Fixture("merged-month-cells.xlsx"));
            File.WriteAllBytes(f["content/calendar.xlsx"], bytes[..(bytes.Length / 2)]);
        }, Outcome.Refused("content/calendar.xlsx: error: The workbook is damaged: ")),
        ["an empty file"] = new(f => File.WriteAllBytes(f["content/calendar.xlsx"], []), Outcome.Refused("content/calendar.xlsx: error: The file is empty (0 bytes).")),
        ["a CSV saved by Excel on Windows (Windows-1252)"] = new(f =>
        {
            File.Delete(f["content/calendar.xlsx"]);
            File.WriteAllBytes(f["content/calendar.csv"], Encoding.GetEncoding(1252).GetBytes("Month,Task,Who\r\nOctober 2023,Meet your protégé,Coordinator\r\n"));
        }, Outcome.Clean()),
        ["a CSV in UTF-16 without a byte order mark"] = new(f =>
        {
            File.Delete(f["content/calendar.xlsx"]);
            File.WriteAllBytes(f["content/calendar.csv"], Encoding.Unicode.GetBytes("Month,Task,Who\r\nOctober 2023,Meet your protégé,Coordinator\r\n"));
        }, Outcome.Clean()),
        ["--output the root folder"] = new(_ => { }, Outcome.Refused("--output: error: --output / holds the content folder"), Output: "/"),
        ["--output the folder above the content"] = new(_ => { }, Outcome.Refused("--output: error: --output ", " holds the content folder"), Output: "."),
        ["--output empty"] = new(_ => { }, Outcome.Refused("--output: error: --output names no folder."), Output: string.Empty),
        ["--output a folder of other files"] = new(f => f.Write("site/report.docx", "not ours"), Outcome.Refused("error: The output folder already holds files that PlanPress did not write"), Output: "site"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    static HostileContentTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_case_is_refused_with_its_cell_or_built_with_nothing_private(string name)
    {
        using var folder = new TempFolder();
        WriteBase(folder);
        var @case = Cases[name];
        @case.Make(folder);
        var output = @case.Output is null ? folder["site"] : @case.Output.Length == 0 || @case.Output.StartsWith('/') ? @case.Output : folder[@case.Output];
        if (@case.Output is null)
        {
            CopyFolder(previous.Folder, output);
        }

        var before = Files(output);
        var run = await PlanPressRun.StartAsync("build", "--content", folder["content"], "--theme", Repository.Theme, "--output", output, "--booklets", folder["booklets"], "--as-of", AsOf);

        Assert.False(run.ShowsStackTrace, run.Output);
        foreach (var text in @case.Expect.Texts)
        {
            Assert.True(run.Output.Contains(text, StringComparison.Ordinal), $"Expected \"{text}\" in:\n{run.Output}");
        }

        if (!@case.Expect.Builds)
        {
            Assert.True(run.ExitCode == 1, run.Output);
            Assert.Equal(before, Files(output));
            return;
        }

        Assert.True(run.ExitCode == 0, run.Output);
        var written = Files(output).Concat(Files(folder["booklets"])).ToList();
        Assert.NotEmpty(written);
        foreach (var (path, content) in written)
        {
            var text = Encoding.UTF8.GetString(content);
            Assert.False(text.Contains(PrivateMarker, StringComparison.Ordinal), $"{path} publishes the private text");
            Assert.False(text.Contains(folder.Path, StringComparison.Ordinal), $"{path} publishes a path of the build machine");
        }
    }

    [Fact]
    public async Task Every_case_that_builds_built_as_a_plan_of_one_portal_publishes_nothing_private_anywhere_in_it()
    {
        using var folder = new TempFolder();
        folder.Write("portal/site.yml", "title: Hostile portal\nbase_url: https://example.org/portal/\n");
        var plans = 0;
        foreach (var @case in Cases.Values.Where(c => c.Expect.Builds && c.Output is null))
        {
            using var one = new TempFolder();
            WriteBase(one);
            @case.Make(one);
            CopyFolder(one["content"], folder[$"portal/plans/case-{++plans:00}"]);
        }

        var run = await PlanPressRun.StartAsync("build", "--content", folder["portal"], "--theme", Repository.Theme, "--output", folder["site"], "--as-of", AsOf);

        Assert.False(run.ShowsStackTrace, run.Output);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.True(plans >= 15, $"{plans} plans");
        foreach (var (path, content) in Files(folder["site"]))
        {
            var text = Encoding.UTF8.GetString(content);
            Assert.False(text.Contains(PrivateMarker, StringComparison.Ordinal), $"{path} publishes the private text");
            Assert.False(text.Contains(folder.Path, StringComparison.Ordinal), $"{path} publishes a path of the build machine");
        }
    }

    [Fact]
    public void The_corpus_covers_every_family_with_at_least_forty_cases()
    {
        Assert.True(Cases.Count >= 40, $"{Cases.Count} cases");
        Assert.Contains(Cases.Values, c => c.Expect.Builds);
        Assert.Contains(Cases.Values, c => !c.Expect.Builds);
    }

    [Fact]
    public async Task Text_read_as_Windows_1252_or_UTF_16_keeps_its_accents()
    {
        using var folder = new TempFolder();
        WriteBase(folder);
        Cases["a CSV saved by Excel on Windows (Windows-1252)"].Make(folder);

        var run = await PlanPressRun.StartAsync("build", "--content", folder["content"], "--theme", Repository.Theme, "--output", folder["site"], "--as-of", AsOf, "--verbose");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("content/calendar.csv: info: Read as text in windows-1252.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Meet your protégé", File.ReadAllText(Path.Combine(folder["site"], "months", "2023-10.html")), StringComparison.Ordinal);
    }

    /// <summary>The start of an Office compound file holding an "EncryptedPackage" stream: what Excel writes for a workbook with a password to open.</summary>
    private static byte[] EncryptedPackage()
    {
        var bytes = new byte[4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1152);
        return bytes;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Every file under a folder, by relative path, with its bytes; nothing when there is no folder (or it is not a test's own).</summary>
    private static SortedDictionary<string, byte[]> Files(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (folder.Length == 0 || folder == "/" || !Directory.Exists(folder) || !folder.Contains("planpress-tests", StringComparison.Ordinal))
        {
            return files;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file)] = File.ReadAllBytes(file);
        }

        return files;
    }
}
