using System.Text.Json.Nodes;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>The Catalogue read through /graphql, on the seeded Umeå data (nothing here writes).</summary>
public sealed class CatalogueQueryTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Admin = "ladokadm";

    [Fact]
    public async Task The_seeded_university_answers_the_readme_query()
    {
        var response = await host.PostAsync("{ university { code name } courses(first: 5) { totalCount nodes { code name credits } } }", user: Admin);

        Assert.Equal(200, response.Status);
        Assert.Equal("UMU", response.Data["university"]!["code"]!.GetValue<string>());
        Assert.Equal(12, response.Data["courses"]!["totalCount"]!.GetValue<int>());
        var first = response.Data["courses"]!["nodes"]![0]!;
        Assert.Equal("5DV001", first["code"]!.GetValue<string>());
        Assert.Equal("Introduktion till programmering", first["name"]!.GetValue<string>());
        Assert.Equal(7.5m, first["credits"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task The_organisation_tree_has_the_departments_of_api_md()
    {
        var response = await host.PostAsync("{ organisationUnits { code kind parent { code } } }", user: Admin);

        var units = response.Data["organisationUnits"]!.AsArray().ToDictionary(u => u!["code"]!.GetValue<string>(), u => u!);
        Assert.Equal("UNIVERSITY", units["UMU"]["kind"]!.GetValue<string>());
        Assert.Equal("DEPARTMENT", units["DV"]["kind"]!.GetValue<string>());
        Assert.Equal("DEPARTMENT", units["MA"]["kind"]!.GetValue<string>());
        Assert.Equal("TEKNAT", units["DV"]["parent"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Courses_page_forwards_and_backwards_with_cursors()
    {
        var first = await host.PostAsync("{ courses(first: 5) { pageInfo { hasNextPage endCursor } nodes { code } } }", user: Admin);
        var after = first.Data["courses"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await host.PostAsync(
            "query($after: String) { courses(first: 5, after: $after) { pageInfo { hasPreviousPage startCursor } nodes { code } } }", new { after }, Admin);
        var before = second.Data["courses"]!["pageInfo"]!["startCursor"]!.GetValue<string>();
        var back = await host.PostAsync("query($before: String) { courses(last: 2, before: $before) { nodes { code } } }", new { before }, Admin);

        Assert.True(first.Data["courses"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["5DV006", "5DV007", "5FY001", "5MA001", "5MA002"], Codes(second.Data["courses"]!));
        Assert.True(second.Data["courses"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(["5DV004", "5DV005"], Codes(back.Data["courses"]!));
    }

    [Fact]
    public async Task Courses_are_found_by_code_or_name_and_filtered_by_unit()
    {
        var byName = await host.PostAsync("{ courses(search: \"algebra\") { nodes { code } } }", user: Admin);
        var byCode = await host.PostAsync("{ courses(search: \"5ma\") { totalCount } }", user: Admin);
        var atMa = await host.PostAsync("{ courses(organisationUnitCode: \"MA\") { totalCount } }", user: Admin);
        var atFaculty = await host.PostAsync("{ courses(organisationUnitCode: \"TEKNAT\") { totalCount } }", user: Admin);
        var wildcard = await host.PostAsync("{ courses(search: \"%\") { totalCount } }", user: Admin);

        Assert.Equal(["5MA002"], Codes(byName.Data["courses"]!));
        Assert.Equal(3, byCode.Data["courses"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(4, atMa.Data["courses"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(12, atFaculty.Data["courses"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, wildcard.Data["courses"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Paging_arguments_out_of_range_are_validation_errors()
    {
        var tooMany = await host.PostAsync("{ courses(first: 100000) { totalCount } }", user: Admin);
        var both = await host.PostAsync("{ courses(first: 1, last: 1) { totalCount } }", user: Admin);
        var badCursor = await host.PostAsync("{ courses(after: \"not-a-cursor\") { totalCount } }", user: Admin);

        Assert.Equal(["VALIDATION"], tooMany.ErrorCodes);
        Assert.Equal(["VALIDATION"], both.ErrorCodes);
        Assert.Equal(["VALIDATION"], badCursor.ErrorCodes);
    }

    [Fact]
    public async Task A_course_shows_its_versions_modules_and_offerings_and_node_fetches_it_again()
    {
        var course = (await host.PostAsync("""
            { course(code: "5dv001") { id code level organisationUnit { code }
                versions { number credits validFrom gradingScale { code } modules { code credits gradingScale { code } }
                  offerings { id offeringCode term startDate endDate pacePercent status } } } }
            """, user: Admin)).Data["course"]!;
        var node = await host.PostAsync(
            "query($id: ID!) { node(id: $id) { id ... on Course { code } } }", new { id = course["id"]!.GetValue<string>() }, Admin);
        var offering = course["versions"]![0]!["offerings"]![0]!;

        Assert.Equal("FIRST_CYCLE", course["level"]!.GetValue<string>());
        Assert.Equal(["0001", "0002"], course["versions"]![0]!["modules"]!.AsArray().Select(m => m!["code"]!.GetValue<string>()));
        Assert.Equal("HT2025", offering["term"]!.GetValue<string>());
        Assert.Equal("2025-09-01", offering["startDate"]!.GetValue<string>());
        Assert.Equal("PLANNED", offering["status"]!.GetValue<string>());
        Assert.Equal("5DV001", node.Data["node"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Node_with_an_unknown_id_is_null_and_with_garbage_is_a_validation_error()
    {
        var unknown = GlobalId.Encode("Course", Guid.NewGuid());
        var missing = await host.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = unknown }, Admin);
        var garbage = await host.PostAsync("{ node(id: \"!!!\") { id } }", user: Admin);

        Assert.Null(missing.Data["node"]);
        Assert.Empty(missing.Errors);
        Assert.Equal(["VALIDATION"], garbage.ErrorCodes);
    }

    [Fact]
    public async Task Nodes_fetches_many_objects_in_the_order_given_with_null_for_one_that_does_not_exist()
    {
        var course = (await host.PostAsync("{ course(code: \"5DV001\") { id } }", user: Admin)).Data["course"]!["id"]!.GetValue<string>();
        var offering = (await host.PostAsync("{ offering(courseCode: \"5DV002\", term: \"VT2026\") { id } }", user: Admin))
            .Data["offering"]!["id"]!.GetValue<string>();
        var unknown = GlobalId.Encode("Course", Guid.NewGuid());

        var response = await host.PostAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Course { code } ... on CourseOffering { term } } }
            """, new { ids = new[] { offering, unknown, course } }, Admin);

        Assert.Empty(response.Errors);
        var nodes = response.Data["nodes"]!.AsArray();
        Assert.Equal(3, nodes.Count);
        Assert.Equal("VT2026", nodes[0]!["term"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Equal("5DV001", nodes[2]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nodes_refuses_a_malformed_id_and_more_than_a_hundred_ids_as_a_whole()
    {
        var course = GlobalId.Encode("Course", Guid.NewGuid());

        var garbage = await host.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { course, "!!!" } }, Admin);
        var many = await host.PostAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Enumerable.Repeat(course, 101).ToArray() }, Admin, language: "en");

        Assert.Equal(["VALIDATION"], garbage.ErrorCodes);
        Assert.Equal(["VALIDATION"], many.ErrorCodes);
        Assert.Contains("at most 100", many.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offering_is_found_by_course_and_term_and_asks_for_a_code_when_ambiguous()
    {
        var found = await host.PostAsync(
            "{ offering(courseCode: \"5DV002\", term: \"VT2026\") { offeringCode courseVersion { course { code } } } }", user: Admin);
        var none = await host.PostAsync("{ offering(courseCode: \"5DV002\", term: \"HT1999\") { offeringCode } }", user: Admin);

        Assert.Equal("20002", found.Data["offering"]!["offeringCode"]!.GetValue<string>());
        Assert.Equal("5DV002", found.Data["offering"]!["courseVersion"]!["course"]!["code"]!.GetValue<string>());
        Assert.Null(none.Data["offering"]);
    }

    private static List<string> Codes(JsonNode connection) => connection["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).ToList();
}
