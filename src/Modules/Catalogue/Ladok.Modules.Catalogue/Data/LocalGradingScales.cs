using System.Security.Cryptography;
using System.Text;
using Autofac;
using Ladok.Kernel.Modules;
using Ladok.Modules.Catalogue.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Data;

/// <summary>
/// Stores the grading scales the university's plugins add (SDK 1.2) next to the standard ones,
/// each time the Catalogue's migrations run: a new scale or grade is inserted, a changed name,
/// pass flag or order is updated. Nothing is deleted, since results refer to grades. Ids are
/// derived from the codes, so every database gives a plugin's scale the same id.
/// </summary>
public static class LocalGradingScales
{
    public static Task SyncAsync(IComponentContext container, CatalogueDbContext db, CancellationToken cancellationToken) =>
        SyncAsync(db, container.Resolve<IReadOnlyList<GradingScaleDefinition>>(), cancellationToken);

    public static async Task SyncAsync(CatalogueDbContext db, IReadOnlyList<GradingScaleDefinition> fromPlugins, CancellationToken cancellationToken)
    {
        foreach (var scale in From(fromPlugins))
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO catalogue.grading_scales (id, code, name, name_en) VALUES ({scale.Id}, {scale.Code}, {scale.Name}, {scale.NameEn})
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en
                """, cancellationToken);
            foreach (var grade in scale.Grades)
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO catalogue.grades (id, grading_scale_id, code, name, is_passing, rank)
                    VALUES ({grade.Id}, {scale.Id}, {grade.Code}, {grade.Name}, {grade.IsPassing}, {grade.Rank})
                    ON CONFLICT (grading_scale_id, code) DO UPDATE SET name = excluded.name, is_passing = excluded.is_passing, rank = excluded.rank
                    """, cancellationToken);
            }
        }
    }

    /// <summary>The plugins' scales as Catalogue scales, or a start-up error naming the first rule a definition breaks.</summary>
    public static IReadOnlyList<GradingScale> From(IReadOnlyList<GradingScaleDefinition> definitions)
    {
        var standard = StandardGradingScales.All.Select(s => s.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var scales = new List<GradingScale>();
        foreach (var definition in definitions)
        {
            if (string.IsNullOrWhiteSpace(definition.Code) || definition.Code.Length > 20)
            {
                throw Invalid(definition.Code, "its code must have 1 to 20 characters");
            }

            if (standard.Contains(definition.Code))
            {
                throw new ReferenceDataException(
                    $"A plugin adds the grading scale {definition.Code}, which is a standard scale ({string.Join(", ", standard)}); give it a code " +
                    "of its own.");
            }

            if (!seen.Add(definition.Code)) throw Invalid(definition.Code, "more than one plugin scale has this code");
            if (string.IsNullOrWhiteSpace(definition.NameSv) || definition.NameSv.Length > 200) throw Invalid(
                definition.Code, "its Swedish name must have 1 to 200 characters");
            if (definition.NameEn is { Length: > 200 }) throw Invalid(definition.Code, "its English name must have at most 200 characters");
            if (!definition.Grades.Any(g => g.IsPassing)) throw Invalid(definition.Code, "it has no passing grade");
            if (definition.Grades.FirstOrDefault(g => string.IsNullOrWhiteSpace(g.Code) || g.Code.Length > 10) is { } badGrade)
            {
                throw Invalid(definition.Code, $"the grade '{badGrade.Code}' must have a code of 1 to 10 characters");
            }

            if (definition.Grades.FirstOrDefault(g => g.NameSv is { Length: > 100 }) is { } longName)
            {
                throw Invalid(definition.Code, $"the name of the grade {longName.Code} must have at most 100 characters");
            }

            if (definition.Grades.GroupBy(g => g.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw Invalid(definition.Code, $"the grade {twice.Key} appears more than once");
            }

            var scaleId = IdOf(definition.Code);
            var scale = new GradingScale(scaleId, definition.Code, definition.NameSv, definition.NameEn);
            for (var rank = 0; rank < definition.Grades.Count; rank++)
            {
                var grade = definition.Grades[rank];
                scale.Grades.Add(new Grade(IdOf($"{definition.Code}/{grade.Code}"), scaleId, grade.Code, grade.IsPassing, rank, grade.NameSv));
            }
            scales.Add(scale);
        }
        return scales;
    }

    private static ReferenceDataException Invalid(string code, string rule) =>
        new($"A plugin adds the grading scale '{code}', which is invalid: {rule}.");

    // A name-based id (the first 16 bytes of a SHA-256, marked as a version 8 UUID), stable across databases.
    private static Guid IdOf(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("ladok:grading-scale:" + name))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
