namespace SmartRegion.Modules.Participation.Following;

/// <summary>Text keys chosen by a value; each value has its entry in SharedTexts.</summary>
public static class FollowingTexts
{
    public static string Mail(NotificationMail choice) => $"Following.Preference.{choice}";

    public static string InboxSaved(string what) => what == "read" ? "Following.Inbox.Saved.read" : "Following.Inbox.Saved.preference";
}
