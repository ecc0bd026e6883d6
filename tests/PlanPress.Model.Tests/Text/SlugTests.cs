using PlanPress.Model.Text;

namespace PlanPress.Model.Tests.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Program Coordinator", "program-coordinator")]
    [InlineData("Mentors / Tutors", "mentors-tutors")]
    [InlineData("Protégé", "protege")]
    [InlineData("  <script>alert(1)</script> ", "script-alert-1-script")]
    [InlineData("???", "item")]
    public void Names_become_url_safe_slugs(string name, string slug)
    {
        Assert.Equal(slug, Slug.From(name));
    }

    [Theory]
    [InlineData("mentor", "mentor", 0)]
    [InlineData("mentr", "mentor", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Edit_distance_counts_single_character_edits(string a, string b, int distance)
    {
        Assert.Equal(distance, Closest.EditDistance(a, b));
    }
}
