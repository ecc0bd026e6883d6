using PlanPress.Model.Text;

namespace PlanPress.Model.ActionPlans;

/// <summary>The one vocabulary every benchmark status is read into.</summary>
public enum Status
{
    NotStarted,
    InProgress,
    Met,
    NotMet,
}

/// <summary>Reads the words people put in a Status column ("Done", "On track", "Partially met", blank …).</summary>
public static class StatusText
{
    private static readonly Dictionary<string, Status> Words = new(StringComparer.Ordinal)
    {
        [""] = Status.NotStarted,
        ["not started"] = Status.NotStarted,
        ["not yet started"] = Status.NotStarted,
        ["not begun"] = Status.NotStarted,
        ["planned"] = Status.NotStarted,
        ["to do"] = Status.NotStarted,
        ["todo"] = Status.NotStarted,
        ["pending"] = Status.NotStarted,
        ["in progress"] = Status.InProgress,
        ["progress"] = Status.InProgress,
        ["ongoing"] = Status.InProgress,
        ["on going"] = Status.InProgress,
        ["on track"] = Status.InProgress,
        ["started"] = Status.InProgress,
        ["underway"] = Status.InProgress,
        ["under way"] = Status.InProgress,
        ["partially met"] = Status.InProgress,
        ["partly met"] = Status.InProgress,
        ["partial"] = Status.InProgress,
        ["in process"] = Status.InProgress,
        ["at risk"] = Status.InProgress,
        ["delayed"] = Status.InProgress,
        ["behind"] = Status.InProgress,
        ["off track"] = Status.InProgress,
        ["behind schedule"] = Status.InProgress,
        ["met"] = Status.Met,
        ["done"] = Status.Met,
        ["complete"] = Status.Met,
        ["completed"] = Status.Met,
        ["achieved"] = Status.Met,
        ["finished"] = Status.Met,
        ["accomplished"] = Status.Met,
        ["not met"] = Status.NotMet,
        ["unmet"] = Status.NotMet,
        ["missed"] = Status.NotMet,
        ["not achieved"] = Status.NotMet,
        ["not completed"] = Status.NotMet,
        ["did not meet"] = Status.NotMet,

        // Spanish, folded ("Logrado", "En curso"), for a plan kept in Spanish.
        ["no iniciado"] = Status.NotStarted,
        ["sin iniciar"] = Status.NotStarted,
        ["sin empezar"] = Status.NotStarted,
        ["no comenzado"] = Status.NotStarted,
        ["pendiente"] = Status.NotStarted,
        ["planificado"] = Status.NotStarted,
        ["por hacer"] = Status.NotStarted,
        ["en curso"] = Status.InProgress,
        ["en progreso"] = Status.InProgress,
        ["en proceso"] = Status.InProgress,
        ["iniciado"] = Status.InProgress,
        ["en marcha"] = Status.InProgress,
        ["parcialmente logrado"] = Status.InProgress,
        ["parcialmente cumplido"] = Status.InProgress,
        ["atrasado"] = Status.InProgress,
        ["retrasado"] = Status.InProgress,
        ["logrado"] = Status.Met,
        ["cumplido"] = Status.Met,
        ["completado"] = Status.Met,
        ["terminado"] = Status.Met,
        ["hecho"] = Status.Met,
        ["alcanzado"] = Status.Met,
        ["finalizado"] = Status.Met,
        ["no logrado"] = Status.NotMet,
        ["no cumplido"] = Status.NotMet,
        ["no alcanzado"] = Status.NotMet,
        ["incumplido"] = Status.NotMet,
    };

    public const string Expected = "one of: Not started, In progress, Met, Not met (or Done, Complete, On track, Ongoing, Partially met, Missed, or blank; in Spanish No iniciado, En curso, Logrado, No logrado)";

    /// <summary>The status, or null for words that are none of them.</summary>
    public static Status? Read(string text) => Words.TryGetValue(Fold.Words(text), out var status) ? status : null;

    /// <summary>The status word closest to a text that is none, for "did you mean …?".</summary>
    public static string? Suggest(string text) =>
        Closest.Match(text, ["Not started", "In progress", "Met", "Not met", "Done", "Complete", "Completed", "On track", "Ongoing", "Partially met"]);
}
