namespace PlanPress.Site;

/// <summary>A file of the built site: its path from the site root (with '/') and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
