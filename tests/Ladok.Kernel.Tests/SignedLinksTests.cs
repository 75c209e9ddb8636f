using System.Text;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.Http;
using Ladok.Testing;

namespace Ladok.Kernel.Tests;

/// <summary>Download links signed for a user and a short time: what they let through, and what they refuse.</summary>
public sealed class SignedLinksTests
{
    private static readonly LinkSigningKey Key = new(Encoding.UTF8.GetBytes("a secret of at least thirty-two characters"));
    private readonly FixedClock clock = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_link_stands_for_its_user_until_it_expires_whatever_order_its_query_is_read_in()
    {
        var links = new SignedLinks(Key, TimeSpan.FromMinutes(5), clock);
        var link = links.Sign("/reports/scb-term.csv?period=HT2025", "ladokadm");
        var query = QueryOf(link).Reverse().ToDictionary();

        clock.Advance(TimeSpan.FromMinutes(5));
        var lastMoment = links.Verify("/reports/scb-term.csv", query);
        clock.Advance(TimeSpan.FromSeconds(1));
        var afterwards = links.Verify("/reports/scb-term.csv", query);

        Assert.Equal(("ladokadm", null), lastMoment);
        Assert.Equal((null, KernelReasons.LinkExpired), afterwards);
    }

    [Theory]
    [InlineData("period", "HT2024")]
    [InlineData("user", "someone")]
    [InlineData("expires", "99999999999")]
    public void A_link_with_any_part_changed_is_refused(string parameter, string value)
    {
        var links = new SignedLinks(Key, TimeSpan.FromMinutes(5), clock);
        var query = QueryOf(links.Sign("/reports/scb-term.csv?period=HT2025", "ladokadm"));
        query[parameter] = value;

        Assert.Equal((null, KernelReasons.LinkInvalid), links.Verify("/reports/scb-term.csv", query));
    }

    [Fact]
    public void A_link_is_refused_on_another_path_or_by_a_server_with_another_key()
    {
        var link = new SignedLinks(Key, TimeSpan.FromMinutes(5), clock).Sign("/transcripts/AAAABBBBCCCC.pdf", "stadmdv");
        var otherKey = new SignedLinks(new LinkSigningKey(Encoding.UTF8.GetBytes("another secret of thirty-two characters!")), TimeSpan.FromMinutes(5), clock);

        Assert.Null(new SignedLinks(Key, TimeSpan.FromMinutes(5), clock).Verify("/transcripts/DDDDEEEEFFFF.pdf", QueryOf(link)).UserId);
        Assert.Null(otherKey.Verify("/transcripts/AAAABBBBCCCC.pdf", QueryOf(link)).UserId);
        Assert.Equal("stadmdv", new SignedLinks(Key, TimeSpan.FromMinutes(5), clock).Verify("/transcripts/AAAABBBBCCCC.pdf", QueryOf(link)).UserId);
    }

    [Fact]
    public void A_link_made_for_a_student_stands_for_that_student_and_cannot_be_moved_to_another()
    {
        var links = new SignedLinks(Key, TimeSpan.FromMinutes(5), clock);
        var student = Guid.Parse("0190a000-0000-7000-8000-000000000001");
        var query = QueryOf(links.Sign("/transcripts/AAAABBBBCCCC.pdf", "stud01", student));

        Assert.Equal("stud01", links.Verify("/transcripts/AAAABBBBCCCC.pdf", query).UserId);
        Assert.Equal(student, CallerIdentity.StudentIdOf(SignedLinks.PrincipalOf("stud01", query)));
        query[SignedLinks.StudentParameter] = Guid.Parse("0190a000-0000-7000-8000-000000000002").ToString();
        Assert.Equal((null, KernelReasons.LinkInvalid), links.Verify("/transcripts/AAAABBBBCCCC.pdf", query));
    }

    [Fact]
    public void A_link_made_for_staff_stands_for_no_student() =>
        Assert.Null(CallerIdentity.StudentIdOf(SignedLinks.PrincipalOf("stadmdv", QueryOf(
            new SignedLinks(Key, TimeSpan.FromMinutes(5), clock).Sign("/transcripts/AAAABBBBCCCC.pdf", "stadmdv")))));

    private static Dictionary<string, string> QueryOf(string link) =>
        link.Split('?')[1].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1]));
}
