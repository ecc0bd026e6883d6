using System.Diagnostics;
using System.Globalization;
using CsCheck;
using PlanPress.Import;
using PlanPress.Import.Workbooks;
using PlanPress.Model;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Site;

// Property-based fuzzing (CsCheck) of everything that reads what a coordinator typed or saved:
// the month and timeline readers, the settings YAML reader, cell Markdown, and the workbook reader
// on damaged copies of real workbooks. Each property says what must hold for every input; CsCheck
// shrinks any counterexample to a small one and prints it with the seed that replays it.
//   dotnet run -c Release --project bench/PlanPress.Fuzz -- [inputs per text target] [workbook inputs]
var textInputs = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 250_000;
var workbookInputs = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 50_000;
var root = FindRoot();
var location = new SourceLocation("fuzz.xlsx", "Sheet", "A1");
var cultures = new[] { "en", "es", "fr" }.Select(CultureInfo.GetCultureInfo).ToArray();
var total = 0L;

// Text the way plans write it, and noise around it: month names, numbers, ordinals, separators, odd characters.
var words = Gen.OneOf("month", "year", "quarter", "q", "by", "end", "of", "the", "each", "week", "within", "no later than",
    "October", "Oct", "Sept", "febrero", "enero", "2023", "23", "'24", "0001", "9999", "99", "3rd", "first", "1", "12", "0", "-1",
    "/", "-", ".", ",", " ", "  ", "\t", "\u00a0", "é", "\u0000", "#REF!", "=", "99999999999999999999");
var phrase = Gen.OneOf(words.Array[0, 8].Select(parts => string.Concat(parts)), Gen.String);

Run("MonthText.Read never throws and never gives a month outside the plan years", textInputs, () =>
    Gen.Select(phrase, Gen.Int[0, cultures.Length - 1], Gen.Int[1990, 2100], Gen.Int[1, 12])
        .Sample((text, c, year, month) =>
        {
            var reading = MonthText.Read(new SourceCell(text, location), cultures[c], new YearMonth(year, month), new YearMonth(year, month));
            return reading.Month is not { } m || PlanYears.Problem(m) is null;
        }, iter: textInputs, threads: 1));

Run("Timeline.Read never throws and never gives a date outside the plan years", textInputs, () =>
    Gen.Select(phrase, Gen.Int[0, cultures.Length - 1], Gen.Int[1990, 2100])
        .Sample((text, c, year) =>
        {
            var timing = Timeline.Read(new SourceCell(text, location), cultures[c], new YearMonth(year, 10));
            return timing.Months.All(m => PlanYears.Problem(m) is null) && (timing.Due is not { } due || PlanYears.Problem(YearMonth.From(due)) is null);
        }, iter: textInputs, threads: 1));

var yamlPieces = Gen.OneOf("title: ", "a", ": ", "\n", "  ", "- ", "&a ", "*a", "[", "]", "{", "}", "'", "\"", "#", "---\n", "!!str ", "? ", "|\n", ">\n", "%YAML 1.2\n", "\t", "key", "é");
Run("SettingsYaml.Read never throws: it returns entries or one problem", textInputs, () =>
    Gen.OneOf(yamlPieces.Array[0, 30].Select(parts => string.Concat(parts)), Gen.String)
        .Sample(text =>
        {
            var (entries, problem) = SettingsYaml.Read(text, "site.yml");
            return problem is null || entries.Count == 0;
        }, iter: textInputs, threads: 1));

var markdownPieces = Gen.OneOf("[a](", "javascript:", "JaVaScRiPt:", "java\tscript:", "&#106;avascript:", "data:", "vbscript:", ")", "<script>", "<img src=x onerror=alert(1)>", "{onclick=alert(1)}", "![x](", "<", ">", "\"", "'", " ", "\n", "*", "`", "http://a", "mailto:x", "%6A");
Run("SafeMarkdown.ToHtml never lets a script, an event attribute or a script address through", textInputs, () =>
    Gen.OneOf(markdownPieces.Array[0, 12].Select(parts => string.Concat(parts)), Gen.String)
        .Sample(text =>
        {
            var html = SafeMarkdown.ToHtml(text);
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            return document.QuerySelectorAll("script, img, iframe, object, embed, svg").Length == 0
                && !document.All.Any(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                && !document.QuerySelectorAll("a[href]").Any(a => !IsSafeHref(a.GetAttribute("href")!));
        }, iter: textInputs, threads: 1));

// Damaged workbooks: real files (LibreOffice-saved .xlsx, .xls, .csv and the sample) with bytes flipped, runs overwritten, or cut short.
var fixtures = new[] { "tests/fixtures/merged-month-cells.xlsx", "tests/fixtures/merged-month-cells.xls", "tests/fixtures/merged-month-cells.csv", "tests/fixtures/pfs-form.xlsx", "tests/fixtures/hidden-and-private-columns.xls" }
    .Select(f => (Extension: Path.GetExtension(f), Bytes: File.ReadAllBytes(Path.Combine(root, f))))
    .ToArray();
var scratch = Directory.CreateTempSubdirectory("planpress-fuzz-");
var mutation = Gen.Select(Gen.Int[0, fixtures.Length - 1], Gen.Select(Gen.Int.Positive, Gen.Byte).Array[1, 12], Gen.Int[0, 3], Gen.Int.Positive);
var exceptions = new Dictionary<string, int>();
var outcomes = new Dictionary<string, int>();
Run("WorkbookReader.Read on a damaged workbook never throws: it returns sheets or an error naming the file", workbookInputs, () =>
    mutation.Sample((index, flips, mode, cut) =>
    {
        var (extension, original) = fixtures[index];
        var bytes = (byte[])original.Clone();
        foreach (var (position, value) in flips)
        {
            bytes[position % bytes.Length] = mode == 1 ? (byte)(bytes[position % bytes.Length] ^ value) : value;
        }

        if (mode == 3)
        {
            bytes = bytes[..(cut % bytes.Length)];
        }

        var path = Path.Combine(scratch.FullName, "book" + extension);
        File.WriteAllBytes(path, bytes);
        try
        {
            var (sheets, diagnostics) = WorkbookReader.Read(path);
            var key = diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message.Split(':', '(')[0] ?? (sheets.Count > 0 ? "read" : "no sheets");
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
            return diagnostics.All(d => d.Location.File == path);
        }
        catch (Exception e)
        {
            var key = $"{e.GetType().Name} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
            exceptions[key] = exceptions.GetValueOrDefault(key) + 1;
            throw;
        }
    }, iter: workbookInputs, threads: 1));

scratch.Delete(recursive: true);
Console.WriteLine();
Console.WriteLine("Workbook outcomes:");
foreach (var (key, count) in outcomes.OrderByDescending(o => o.Value))
{
    Console.WriteLine($"  {count,8:N0}  {key}");
}

Console.WriteLine($"Inputs in all: {total:N0}");
return 0;

void Run(string property, long inputs, Action check)
{
    var clock = Stopwatch.StartNew();
    Console.Write($"{property}: ");
    check();
    total += inputs;
    Console.WriteLine($"{inputs:N0} inputs, no counterexample, {clock.Elapsed.TotalSeconds:0.0} s");
}

static bool IsSafeHref(string href)
{
    var colon = href.IndexOf(':', StringComparison.Ordinal);
    var scheme = colon < 0 ? string.Empty : href[..colon].ToLowerInvariant();
    return colon < 0 || scheme is "http" or "https" or "mailto" || href.IndexOfAny(['/', '?', '#']) is var slash && slash >= 0 && slash < colon;
}

static string FindRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "PlanPress.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("Run the fuzzer inside the PlanPress repository.");
}
