using Ladok.Kernel.GraphQL.Sdl;

namespace Ladok.Kernel.Tests;

public sealed class SchemaCompatibilityTests
{
    private const string Earlier = """
        type Query { course(code: String!): Course  old: String @deprecated(reason: "use course") }
        type Course { code: String!  name: String!  credits: Float }
        enum Level { FIRST SECOND }
        input CreateCourseInput { code: String! }
        """;

    [Fact]
    public void Adding_fields_and_optional_arguments_breaks_nothing()
    {
        var current = """
            type Query { course(code: String!, language: String): Course  old: String @deprecated(reason: "use course") courses: [Course!]! }
            type Course { code: String!  name: String!  credits: Float  level: Level }
            enum Level { FIRST SECOND DOCTORAL }
            input CreateCourseInput { code: String!  nameEn: String }
            """;

        Assert.Empty(SchemaCompatibility.BreakingChanges(Earlier, current));
    }

    [Fact]
    public void Removing_a_deprecated_field_breaks_nothing()
    {
        var current = Earlier.Replace("  old: String @deprecated(reason: \"use course\")", "", StringComparison.Ordinal);

        Assert.Empty(SchemaCompatibility.BreakingChanges(Earlier, current));
    }

    [Theory]
    [InlineData("  name: String!", "", "Course.name was removed")]
    [InlineData("credits: Float", "credits: Int", "Course.credits changed type")]
    [InlineData(" SECOND", "", "Level.SECOND was removed")]
    [InlineData(
        "input CreateCourseInput { code: String! }", "input CreateCourseInput { code: String!  level: Level! }", "CreateCourseInput.level is new and required")]
    [InlineData("course(code: String!)", "course(code: String!, year: Int!)", "Query.course(year) is new and required")]
    [InlineData("type Course {", "type Kurs {", "Course was removed")]
    public void Removing_or_retyping_without_deprecation_is_breaking(string from, string to, string expected)
    {
        var current = Earlier.Replace(from, to, StringComparison.Ordinal);

        var breaking = SchemaCompatibility.BreakingChanges(Earlier, current);

        Assert.Contains(breaking, change => change.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_break_listed_as_accepted_passes_and_an_unlisted_one_still_fails()
    {
        var current = Earlier.Replace("course(code: String!): Course", "course(code: String!): Course!", StringComparison.Ordinal)
            .Replace("credits: Float", "credits: Int", StringComparison.Ordinal);
        const string changelog = """
            ## Changelog

            - `Course.credits changed type from Float to Int.` listed outside the section, so it does not count

            ### Accepted breaking changes

            - `Query.course changed type from Course to Course!.` 2026-12: a test's reason

            ### Next section

            - `Course.credits changed type from Float to Int.` listed after the section
            """;

        var accepted = SchemaCompatibility.AcceptedIn(changelog);
        var breaking = SchemaCompatibility.UnacceptedBreakingChanges(Earlier, current, accepted);

        Assert.Equal(["Query.course changed type from Course to Course!."], accepted);
        Assert.Equal(["Course.credits changed type from Float to Int."], breaking);
        Assert.Equal(2, SchemaCompatibility.BreakingChanges(Earlier, current).Count);
    }

    [Fact]
    public void A_changelog_without_the_section_accepts_nothing()
    {
        var current = Earlier.Replace("credits: Float", "credits: Int", StringComparison.Ordinal);

        Assert.Empty(SchemaCompatibility.AcceptedIn("- `Course.credits changed type from Float to Int.`"));
        Assert.Single(SchemaCompatibility.UnacceptedBreakingChanges(Earlier, current, SchemaCompatibility.AcceptedIn("")));
    }
}
