using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Relay;

namespace Ladok.Kernel.Tests;

public sealed class RelayTests
{
    [Fact]
    public void A_global_id_round_trips_and_is_opaque()
    {
        var id = Guid.NewGuid();

        var text = GlobalId.Encode("Course", id);

        Assert.DoesNotContain("Course", text, StringComparison.Ordinal);
        Assert.True(GlobalId.TryParse(text, out var parsed));
        Assert.Equal(new GlobalId("Course", id), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("Q291cnNl")] // "Course" with no id
    [InlineData("Q291cnNlOm5vdC1hLWd1aWQ")] // "Course:not-a-guid"
    public void Garbage_is_not_a_global_id(string text)
    {
        Assert.False(GlobalId.TryParse(text, out _));
    }

    [Fact]
    public void An_input_id_of_the_wrong_type_names_both_types()
    {
        var outcome = GlobalIdInput.Expect(GlobalId.Encode("CourseOffering", Guid.NewGuid()), "Course", Field.Of("CourseId"));

        Assert.False(outcome.Succeeded);
        Assert.Contains("CourseOffering", outcome.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(Field.Of("CourseId"), outcome.Errors[0].Field);
    }
}
