using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.Http;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Data;
using Ladok.Modules.Reporting.Documents;
using Ladok.Modules.Reporting.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Reporting.Application;

/// <summary>What a verifier learns: whether the code is genuine and, when content was given, whether it is the issued content.</summary>
/// <param name="Valid">The code was issued and the content (or hash) given, if any, is the issued one.</param>
/// <param name="IssuedAt">When it was issued; null for an unknown code.</param>
/// <param name="StudentName">The name the document shows; null for an unknown code.</param>
/// <param name="Content">The issued content, so a verifier can compare it with the paper; null for an unknown code.</param>
public sealed record TranscriptVerification(bool Valid, DateTimeOffset? IssuedAt, string? StudentName, string? Content)
{
    public static readonly TranscriptVerification Unknown = new(false, null, null, null);
}

/// <summary>
/// Checks a transcript against what was issued. Anyone may ask (an employer has no account), so it
/// answers only with what the document itself shows, and only to someone who holds its code.
/// </summary>
public sealed class TranscriptVerifier(IDbContextFactory<ReportingDbContext> databases)
{
    public async Task<TranscriptVerification> VerifyAsync(string code, string? content, string? contentHash, CancellationToken cancellationToken)
    {
        var issued = await FindAsync(code, cancellationToken);
        if (issued is null) return TranscriptVerification.Unknown;

        var matches = true;
        if (content is not null) matches = TranscriptDocument.Normalise(content) is { } canonical && TranscriptDocument.Hash(canonical) == issued.ContentHash;
        if (contentHash is not null) matches &= string.Equals(contentHash.Trim(), issued.ContentHash, StringComparison.OrdinalIgnoreCase);
        return new TranscriptVerification(matches, issued.IssuedAt, issued.StudentName, issued.Content);
    }

    /// <summary>The transcripts issued to each of the students, newest first, in one query.</summary>
    public async Task<IReadOnlyDictionary<Guid, List<IssuedTranscript>>> IssuedToStudentsAsync(
        IReadOnlyCollection<Guid> studentIds, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var transcripts = await db.IssuedTranscripts.AsNoTracking()
            .Where(t => studentIds.Contains(t.StudentId))
            .OrderByDescending(t => t.IssuedAt).ThenByDescending(t => t.Id)
            .ToListAsync(cancellationToken);
        return transcripts.GroupBy(t => t.StudentId).ToDictionary(g => g.Key, g => g.ToList());
    }

    public async Task<IssuedTranscript?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (VerificationCode.Normalise(code) is not { } normalised) return null;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.IssuedTranscripts.AsNoTracking().SingleOrDefaultAsync(t => t.VerificationCode == normalised, cancellationToken);
    }
}

/// <summary>
/// <c>GET /transcripts/{code}.pdf</c>: an issued transcript drawn as PDF, for the student it was issued to (signed in as that student, or
/// by a link made for them) and for the callers who may issue one.
/// </summary>
public sealed class TranscriptPdfEndpoint(TranscriptVerifier transcripts, IAuthorizationPolicyEvaluator rights) : IModuleEndpoint
{
    public const string Route = "/transcripts/{code}.pdf";

    public string Pattern => Route;

    /// <summary>Signed in; who may have which transcript is decided per transcript below.</summary>
    public string Policy => Policies.SignedIn;

    public async Task<ModuleResponse> HandleAsync(ModuleRequest request, CancellationToken cancellationToken)
    {
        var code = request.RouteValues.GetValueOrDefault("code") ?? "";
        var issued = await transcripts.FindAsync(code, cancellationToken);
        var owner = issued is not null && issued.StudentId == CallerIdentity.StudentIdOf(request.Caller);
        // Anyone else needs the right to issue transcripts, asked before the code is answered, so a student learns nothing of other codes.
        if (!owner && (await rights.EvaluateAsync(TranscriptPolicy.Issue, request.Caller, cancellationToken)).Refusal is { } refusal)
        {
            return ModuleResponse.Refused(refusal);
        }
        if (issued is null) return ModuleResponse.Refused(DomainError.Of(ReportingReasons.TranscriptNotFound, (Field?)null));

        var verifyAt = VerificationAddress(request.BaseAddress, issued.VerificationCode);
        var pdf = TranscriptPdf.Render(TranscriptDocument.Read(issued.Content), issued.VerificationCode, verifyAt);
        return new ModuleResponse(200, "application/pdf", pdf, $"resultatintyg-{issued.VerificationCode}.pdf");
    }

    /// <summary>
    /// The address printed on the transcript: the web app's public page <c>/verify/{code}</c> on this host, which a reader of
    /// the paper can open without an account (the GraphQL endpoint is no page for a person).
    /// </summary>
    public static string VerificationAddress(string baseAddress, string code) => $"{baseAddress.TrimEnd('/')}/verify/{VerificationCode.Display(code)}";

    /// <summary>Where an issued transcript's PDF is served, relative to the host.</summary>
    public static string PathFor(string code) => Route.Replace("{code}", code, StringComparison.Ordinal);
}

/// <summary>
/// Who may issue a transcript and download its PDF: a study administrator (<c>records.register</c>)
/// at any unit. A transcript covers every department's results, as the student desk hands it out.
/// </summary>
public static class TranscriptPolicy
{
    public const string Issue = RecordsPolicies.Register;
}
