using PlanPress.Site.Pages;

namespace PlanPress.Site.Tests.Pages.Months;

public sealed class LiveAddressTests
{
    [Theory]
    [InlineData("https://example.github.io/plan/")]
    [InlineData("https://example.github.io/plan")]
    public void A_sheet_leads_to_its_page_and_the_calendar_under_base_url_with_or_without_its_last_slash(string baseUrl)
    {
        var live = LiveAddress.For(baseUrl, "riverside/months/2024-06.html", "riverside/calendar.ics")!;

        Assert.Equal("https://example.github.io/plan/riverside/months/2024-06.html", live.Page);
        Assert.Equal("example.github.io/plan/riverside/months/2024-06.html", live.ShortPage);
        Assert.Equal("example.github.io/plan/riverside/calendar.ics", live.ShortCalendar);
    }

    [Fact]
    public void Without_a_base_url_a_sheet_has_no_address_to_print()
    {
        Assert.Null(LiveAddress.For(string.Empty, "months/2024-06.html", "calendar.ics"));
    }

    [Fact]
    public void The_code_is_drawn_square_with_its_quiet_zone_and_only_within_it()
    {
        var live = LiveAddress.For("https://example.github.io/plan/", "months/2024-06.html", "calendar.ics")!;

        // An address of 50 characters needs version 4 at medium correction: 33 modules, and two on each side.
        Assert.Equal(33 + 4, live.Size);
        var starts = System.Text.RegularExpressions.Regex.Matches(live.Code, @"M(\d+) (\d+)").Select(m => (X: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Y: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(2, starts.Min(s => s.X));
        Assert.Equal(2, starts.Min(s => s.Y));
        Assert.Equal(live.Size - 3, starts.Max(s => s.Y));
    }
}
