using Ladok.Kernel.Errors;

namespace Ladok.Modules.Catalogue.Domain;

/// <summary>
/// Why the Catalogue refuses something, for the rules given a reason of their own so far (the others carry their code's
/// reason and an English message). Texts in <c>CatalogueReasons.resx</c> (Swedish) and <c>CatalogueReasons.en.resx</c>; the
/// numbers in braces are the arguments each reason's error carries.
/// </summary>
public static class CatalogueReasons
{
    /// <summary>A change to a cancelled offering. No arguments.</summary>
    public static readonly ErrorReason OfferingCancelled = Reason("OFFERING_CANCELLED", ErrorCode.Validation);

    /// <summary>A registration window with only one of its days. No arguments.</summary>
    public static readonly ErrorReason RegistrationWindowHalf = Reason("REGISTRATION_WINDOW_HALF", ErrorCode.Validation);

    /// <summary>A registration window that closes before it opens. {0} opens, {1} closes.</summary>
    public static readonly ErrorReason RegistrationWindowBackwards = Reason("REGISTRATION_WINDOW_BACKWARDS", ErrorCode.Validation);

    /// <summary>A registration window that closes after the offering ends. {0} closes, {1} the offering's last day.</summary>
    public static readonly ErrorReason RegistrationWindowAfterEnd = Reason("REGISTRATION_WINDOW_AFTER_END", ErrorCode.Validation);

    private static ErrorReason Reason(string name, ErrorCode code) => ErrorReason.Of(typeof(CatalogueReasons), name, code);
}
