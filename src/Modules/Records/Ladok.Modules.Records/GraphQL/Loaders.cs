using Ladok.Kernel.GraphQL.Relay;
using GraphQL;
using GraphQL.DataLoader;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>The Records module's batch loaders: each turns the fields of one query level into one SQL query.</summary>
internal static class Loaders
{
    /// <summary>The Permissions module's user with this user id; never null (an actor never recorded shows by its id).</summary>
    public static IDataLoaderResult<object?> User(IResolveFieldContext context, string userId) => Links.Load(context, "User", userId);

    public static IDataLoaderResult<object?>? UserOrNull(IResolveFieldContext context, string? userId) => userId is null ? null : User(context, userId);

    public static IDataLoaderResult<Student?> Student(IResolveFieldContext context, Guid id) =>
        Batch<Student>(context, "records.student", (r, ids, ct) => r.StudentsByIdsAsync(ids, ct)).Load(id);

    public static IDataLoaderResult<List<FormerIdentityNumber>?> FormerIdentityNumbersOfStudent(IResolveFieldContext context, Guid studentId) =>
        Batch<List<FormerIdentityNumber>>(context, "records.formerIdentityNumbersOfStudent", (r, ids, ct) => r.FormerIdentityNumbersByStudentIdsAsync(ids, ct))
            .Load(studentId);

    public static IDataLoaderResult<List<Registration>?> RegistrationsOfStudent(IResolveFieldContext context, Guid studentId) =>
        Batch<List<Registration>>(context, "records.registrationsOfStudent", (r, ids, ct) => r.RegistrationsByStudentIdsAsync(ids, ct)).Load(studentId);

    public static IDataLoaderResult<Registration?> Registration(IResolveFieldContext context, Guid id) =>
        Batch<Registration>(context, "records.registration", (r, ids, ct) => r.RegistrationsByIdsAsync(ids, ct)).Load(id);

    public static IDataLoaderResult<List<Result>?> ResultsOfStudent(IResolveFieldContext context, Guid studentId) =>
        Batch<List<Result>>(context, "records.resultsOfStudent", (r, ids, ct) => r.ResultsByStudentIdsAsync(ids, ct)).Load(studentId);

    public static IDataLoaderResult<List<Result>?> ResultsOfRegistration(IResolveFieldContext context, Guid registrationId) =>
        Batch<List<Result>>(context, "records.resultsOfRegistration", (r, ids, ct) => r.ResultsByRegistrationIdsAsync(ids, ct)).Load(registrationId);

    /// <summary>The results of the registration's student on its offering, on any of their registrations on it.</summary>
    public static IDataLoaderResult<List<Result>?> ResultsOnOfferingOfRegistration(IResolveFieldContext context, Guid registrationId) =>
        Batch<List<Result>>(context, "records.resultsOnOfferingOfRegistration", (r, ids, ct) => r.ResultsOnOfferingByRegistrationIdsAsync(ids, ct))
            .Load(registrationId);

    /// <summary>The registration's student's registrations on its offering, one per term.</summary>
    public static IDataLoaderResult<List<Registration>?> RegistrationsOnOfferingOfRegistration(IResolveFieldContext context, Guid registrationId) =>
        Batch<List<Registration>>(
            context, "records.registrationsOnOfferingOfRegistration", (r, ids, ct) => r.RegistrationsOnOfferingByRegistrationIdsAsync(ids, ct))
                .Load(registrationId);

    public static IDataLoaderResult<(List<Registration> Registrations, List<Result> Results)> StudyRecord(IResolveFieldContext context, Guid studentId) =>
        Batch<(List<Registration>, List<Result>)>(context, "records.studyRecord", (r, ids, ct) => r.StudyRecordsAsync(ids, ct)).Load(studentId);

    public static IDataLoaderResult<List<StudyBreak>?> StudyBreaksOfRegistration(IResolveFieldContext context, Guid registrationId) =>
        Batch<List<StudyBreak>>(context, "records.studyBreaksOfRegistration", (r, ids, ct) => r.StudyBreaksByRegistrationIdsAsync(ids, ct))
            .Load(registrationId);

    public static IDataLoaderResult<List<ProgrammeRegistration>?> ProgrammeRegistrationsOfStudent(IResolveFieldContext context, Guid studentId) =>
        Batch<List<ProgrammeRegistration>>(
            context, "records.programmeRegistrationsOfStudent", (r, ids, ct) => r.ProgrammeRegistrationsByStudentIdsAsync(ids, ct)).Load(studentId);

    public static IDataLoaderResult<ParticipationState> ParticipationState(IResolveFieldContext context, Guid registrationId)
    {
        var services = context.RequestServices!;
        var states = services.GetRequiredService<ParticipationStates>();
        return services.GetRequiredService<BatchLoaderContext>()
            .Get<Guid, ParticipationState>("records.participationState", (ids, ct) => states.ByRegistrationIdsAsync(ids, ct))
            .Load(registrationId);
    }

    private static BatchLoader<Guid, T> Batch<T>(
        IResolveFieldContext context, string name,
        Func<RecordsReader, IReadOnlyCollection<Guid>, CancellationToken, Task<IReadOnlyDictionary<Guid, T>>> fetch)
    {
        var services = context.RequestServices!;
        var reader = services.GetRequiredService<RecordsReader>();
        return services.GetRequiredService<BatchLoaderContext>().Get<Guid, T>(name, (ids, ct) => fetch(reader, ids, ct));
    }
}
