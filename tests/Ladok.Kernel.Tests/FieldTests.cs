using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Mutations;

namespace Ladok.Kernel.Tests;

public sealed class FieldTests
{
    [Fact]
    public void A_field_reads_as_the_domain_names_it()
    {
        Assert.Equal("Rows[3].Grade", Field.Of("Rows").At(3).Then("Grade").ToString());
        Assert.Equal("Credits", Field.Of("Credits").ToString());
        Assert.Equal("(whole)", Field.Whole.ToString());
        Assert.Equal(Field.Of("Rows").At(3).Then("Grade"), Field.Of("Rows").At(3).Then("Grade"));
        Assert.NotEqual(Field.Of("Rows").At(3), Field.Of("Rows").At(4));
        Assert.Equal(Field.Of("Grade"), Field.Whole.Then("Grade"));
    }

    [Fact]
    public void A_field_maps_to_the_input_path_clients_see()
    {
        Assert.Equal(["input", "rows", "3", "grade"], InputPath.Of(Field.Of("Rows").At(3).Then("Grade")));
        Assert.Equal(["input", "credits"], InputPath.Of(Field.Of("credits")));
        Assert.Equal(["input"], InputPath.Of(Field.Whole));
        Assert.Empty(InputPath.Of(null));
    }

    [Fact]
    public void A_field_the_input_calls_otherwise_maps_to_the_input_name()
    {
        var names = new Dictionary<string, string> { ["DepartmentCode"] = "organisationUnitCode" };

        var error = UserError.From(DomainError.Of(KernelReasons.OrganisationUnitNotFound, "DepartmentCode", "X"), names);

        Assert.Equal(["input", "organisationUnitCode"], error.Path);
        Assert.Equal(ErrorCode.NotFound, error.Code);
        Assert.Equal(["input", "departmentCode"], UserError.From(DomainError.Of(KernelReasons.OrganisationUnitNotFound, "DepartmentCode", "X")).Path);
    }

    [Fact]
    public void A_refusal_carries_its_plugin_rule_to_the_payload()
    {
        var refusal = DomainError.Of(KernelReasons.Validation, Field.Of("Results").At(0).Then("Grade")) with { Rule = new RefusingRule("se.kth", "K1") };

        var error = UserError.From(refusal);

        Assert.Equal(["input", "results", "0", "grade"], error.Path);
        Assert.Equal(new RefusingRule("se.kth", "K1"), error.Rule);
    }
}
