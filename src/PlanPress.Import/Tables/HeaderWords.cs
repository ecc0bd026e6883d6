using PlanPress.Model.Text;

namespace PlanPress.Import.Tables;

/// <summary>
/// The columns' names in other languages, by language and column name. In a plan kept in that
/// language (site.yml's first language) they name the column itself ("Tarea" is the Task column of
/// a Spanish calendar); in a plan that has it as a second language, a text column so named is that
/// column's translation beside it ("Tarea" beside "Task").
/// </summary>
public static class HeaderWords
{
    public static readonly Dictionary<string, Dictionary<string, string[]>> Names = new(StringComparer.Ordinal)
    {
        ["es"] = new(StringComparer.Ordinal)
        {
            ["Month"] = ["Mes", "Fecha", "Fechas", "Cuándo", "Mes/Año", "Mes y año", "Calendario", "Fecha de inicio", "Inicio", "Comienzo"],
            ["Task"] = ["Tarea", "Tareas", "Qué", "Actividad del calendario"],
            ["Phase"] = ["Fase", "Etapa"],
            ["Who"] = ["Quién", "Quiénes", "Responsable", "Responsables", "Persona responsable", "Encargado", "Encargados", "Rol", "Roles"],
            ["Notes"] = ["Notas", "Observaciones", "Comentarios"],
            ["Role"] = ["Función", "Rol", "Cargo"],
            ["Aliases"] = ["Alias", "También llamado", "Otros nombres"],
            ["Responsibilities"] = ["Responsabilidades", "Funciones"],
            ["People"] = ["Personas", "Nombres", "Miembros", "Personal"],
            ["Term"] = ["Término", "Términos"],
            ["Definition"] = ["Definición"],
            ["Resource"] = ["Recurso", "Recursos"],
            ["Kind"] = ["Tipo", "Categoría"],
            ["Initiative"] = ["Iniciativa"],
            ["Resource list"] = ["Recurso", "Recursos", "Lista de recursos"],
            ["New resources"] = ["Recursos nuevos", "Nuevos recursos"],
            ["Process Benchmark"] = ["Indicador de proceso", "Indicadores de proceso"],
            ["Early Evidence of Change Benchmark"] = ["Indicador de evidencia temprana de cambio", "Evidencia temprana de cambio"],
            ["Person Responsible"] = ["Responsable", "Responsables", "Persona responsable", "Quién", "Encargado"],
            ["Date"] = ["Fecha", "Fecha límite", "Plazo", "Cuándo"],
            ["Status"] = ["Estado", "Estatus", "Avance", "Progreso"],
            ["Statement"] = ["Enunciado", "Meta / objetivo / actividad"],
            ["Goal"] = ["Meta", "Metas", "Prioridad", "Área prioritaria", "Meta SMART"],
            ["Target"] = ["Objetivo", "Objetivos", "Estrategia", "Estrategias", "Objetivo medible", "Objetivos medibles"],
            ["Activity"] = ["Actividad", "Actividades", "Acción", "Acciones", "Pasos de acción", "Paso de acción", "Acciones clave", "Hitos"],
            ["Timeline"] = ["Cronograma", "Plazo", "Fecha", "Fecha límite", "Calendario"],
            ["Data Conclusion"] = ["Conclusión de los datos", "Conclusiones de los datos"],
            ["Start"] = ["Inicio", "Fecha de inicio", "Comienzo", "Desde"],
            ["End"] = ["Fin", "Fecha de fin", "Fecha final", "Fecha de término", "Hasta", "Finalización"],
            ["Evidence"] = ["Evidencia", "Evidencias", "Indicadores de logro", "Medios de verificación"],
            ["Resources"] = ["Recursos", "Financiamiento", "Financiación", "Presupuesto"],
        },
    };

    private static readonly Dictionary<(string Language, string Column), HashSet<string>> Folded =
        Names.SelectMany(l => l.Value.Select(c => ((l.Key, c.Key), c.Value.Select(Fold.Compact).ToHashSet(StringComparer.Ordinal)))).ToDictionary(p => p.Item1, p => p.Item2);

    /// <summary>Whether <paramref name="header"/> is the column's name in <paramref name="language"/>.</summary>
    public static bool IsNameIn(Column column, HeaderText header, string language) =>
        Folded.TryGetValue((language, column.Name), out var words) && (words.Contains(header.Compact) || words.Contains(header.Plural));
}
