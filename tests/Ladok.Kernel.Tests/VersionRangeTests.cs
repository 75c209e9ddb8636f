using Ladok.Plugins.Sdk;

namespace Ladok.Kernel.Tests;

public sealed class VersionRangeTests
{
    [Theory]
    [InlineData("[1.0,2.0)", "1.0.0", true)]
    [InlineData("[1.0,2.0)", "1.9.9", true)]
    [InlineData("[1.0,2.0)", "2.0.0", false)]
    [InlineData("(1.0,2.0]", "1.0.0", false)]
    [InlineData("(1.0,2.0]", "2.0.0", true)]
    [InlineData("[1.2,]", "7.0.0", true)]
    [InlineData("[1.0]", "1.0.0", true)]
    [InlineData("[1.0]", "1.0.1", false)]
    [InlineData("1.2", "1.5.0", true)]
    [InlineData("1.2", "2.0.0", false)]
    [InlineData("1.2", "1.1.0", false)]
    public void A_range_includes_the_versions_its_notation_says(string range, string version, bool included)
    {
        Assert.True(VersionRange.TryParse(range, out var parsed, out var error), error);
        Assert.Equal(included, parsed.Includes(Version.Parse(version)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1.0,2.0")]
    [InlineData("[x,2.0)")]
    [InlineData("(1.0)")]
    [InlineData("[,]")]
    [InlineData("latest")]
    public void A_malformed_range_is_refused_with_a_reason(string range)
    {
        Assert.False(VersionRange.TryParse(range, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void The_sdk_reports_its_own_version()
    {
        Assert.Equal(new Version(1, 8, 0), SdkVersion.Current);
    }
}
