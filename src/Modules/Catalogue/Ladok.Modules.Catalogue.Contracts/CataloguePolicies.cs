namespace Ladok.Modules.Catalogue.Contracts;

/// <summary>The policies the Catalogue's fields declare; the Permissions module maps them to grants.</summary>
public static class CataloguePolicies
{
    /// <summary>Read courses, offerings, programmes and the organisation tree.</summary>
    public const string Read = "catalogue.read";

    /// <summary>Create and change courses, versions and offerings (system administrators).</summary>
    public const string Manage = "catalogue.manage";
}
