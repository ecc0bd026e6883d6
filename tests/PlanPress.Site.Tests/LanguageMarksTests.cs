using PlanPress.Model.Languages;

namespace PlanPress.Site.Tests;

public sealed class LanguageMarksTests
{
    private const char Open = PlanTranslator.Open;
    private const char Close = PlanTranslator.Close;

    [Fact]
    public void Marked_text_becomes_a_span_in_its_language_closed_before_each_tag_and_opened_after_it()
    {
        var html = $"<p>{Open}Set <a href=\"g.html#smart\">SMART goals</a> today{Close} — Hecho</p>";

        Assert.Equal(
            "<p><span lang=\"en\">Set </span><a href=\"g.html#smart\"><span lang=\"en\">SMART goals</span></a> <span lang=\"en\">today</span> — Hecho</p>",
            LanguageMarks.Apply("months/2024-03.html", html, "en"));
    }

    [Fact]
    public void Marks_written_by_Razor_as_references_are_read_and_in_a_title_or_an_attribute_they_are_dropped()
    {
        var html = "<title>&#xE000;Barriers&#xE001; · Plan</title><a title=\"&#xE000;Barriers&#xE001;\">&#xE000;Barriers&#xE001;</a>";

        Assert.Equal("<title>Barriers · Plan</title><a title=\"Barriers\"><span lang=\"en\">Barriers</span></a>", LanguageMarks.Apply("pages/b.html", html, "en"));
    }

    [Fact]
    public void A_feed_or_data_file_keeps_the_words_without_their_marks()
    {
        Assert.Equal("SUMMARY:Survey sent", LanguageMarks.Apply("calendar.ics", $"SUMMARY:{Open}Survey sent{Close}", "en"));
        Assert.Equal("{\"text\":\"Survey sent\"}", LanguageMarks.Apply("plan.json", "{\"text\":\"\\uE000Survey sent\\uE001\"}", "en"));
    }
}
