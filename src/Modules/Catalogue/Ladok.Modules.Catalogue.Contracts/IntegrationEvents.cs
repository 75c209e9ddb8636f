using Ladok.Kernel.Events;

namespace Ladok.Modules.Catalogue.Contracts;

// What the Catalogue tells other modules (Reporting) and plugins after a change commits, through its outbox: at least once,
// so a subscriber de-duplicates or applies the change idempotently. The names are stored with each message and must not change.

/// <summary>
/// A course's financing form (finansieringsform) or educational areas (utbildningsområden) changed: the funded figures of every
/// period follow. <paramref name="FinancingForm"/> is Ordinary or ContractEducation; the areas' shares sum to 1.
/// </summary>
[IntegrationEventName("catalogue.course-funding-changed")]
public sealed record CourseFundingChanged(
    Guid CourseId, string CourseCode, string FinancingForm, IReadOnlyList<EducationalAreaInfo> EducationalAreas, DateTimeOffset ChangedAt)
    : IIntegrationEvent;
