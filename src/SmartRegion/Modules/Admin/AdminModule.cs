namespace SmartRegion.Modules.Admin;

/// <summary>Administration pages: people and their roles, machine tokens.</summary>
public static class AdminModule
{
    public static void AddAdmin(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The pages use the platform's identity services and the Region module's directory; nothing of their own to register.
    }
}
