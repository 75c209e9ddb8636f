namespace Ladok.Plugins.Umu.Tests;

/// <summary>What Umeå's page "Om Ladok" says, as <c>university</c> answers it; and Umeå adds no grading scale.</summary>
public sealed class UmuProfileTests(UmuHost host) : IClassFixture<UmuHost>
{
    [Fact]
    public async Task The_university_is_umea_with_the_umu_id_and_the_ladok_group_as_support()
    {
        var response = await host.PostAsync("{ university { code name nameEn userIdName supportUnit supportEmail guides { title } } }");

        Assert.Equal(200, response.Status);
        var university = response.Data["university"]!;
        Assert.Equal("UMU", university["code"]!.GetValue<string>());
        Assert.Equal("Umeå universitet", university["name"]!.GetValue<string>());
        Assert.Equal("Umeå University", university["nameEn"]!.GetValue<string>());
        Assert.Equal("Umu-id", university["userIdName"]!.GetValue<string>());
        Assert.Equal("Ladokgruppen, Studentcentrum", university["supportUnit"]!.GetValue<string>());
        Assert.Equal("ladok@adm.umu.se", university["supportEmail"]!.GetValue<string>());
        Assert.Equal(3, university["guides"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_register_covers_ht1983_the_1977_purge_rule_and_doctoral_students_from_ht1996()
    {
        var response = await host.PostAsync("{ university { dataCoverage { summary rules { population from note } } } }");

        var rules = response.Data["university"]!["dataCoverage"]!["rules"]!.AsArray();
        Assert.Equal(["HT1983", "1977", "HT1996"], rules.Select(r => r!["from"]!.GetValue<string>()));
        Assert.Contains("microfiche", rules[1]!["note"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("five years", rules[1]!["note"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grading_scales_are_the_standard_ones_only()
    {
        var response = await host.PostAsync("{ gradingScales { code } }");

        Assert.Equal(["A_F", "U_3_4_5", "U_G", "U_G_VG"],
            response.Data["gradingScales"]!.AsArray().Select(s => s!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }
}
