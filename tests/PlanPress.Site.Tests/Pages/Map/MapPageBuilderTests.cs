using PlanPress.Site.Pages;

namespace PlanPress.Site.Tests.Pages.Map;

public sealed class MapPageBuilderTests
{
    [Fact]
    public void The_blank_worksheet_has_the_templates_eleven_sections_with_room_to_write()
    {
        var map = SmallPlan.Only<MapPage>(new MapPageBuilder());

        Assert.Equal("map.html", map.Path);
        Assert.Equal(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"], map.Sections.Select(s => s.Number));
        Assert.All(map.Sections.SelectMany(s => s.Fields), f => Assert.Empty(f.Values));
        Assert.Equal(4, map.Sections.Single(s => s.Id == "action-steps").Fields.Single().Lines);
    }
}
