namespace MfaConformance.Bdd;

public sealed partial class DataTable
{
    // CreateInstance<T> / CreateSet<T> are implemented by the binding runtime (src/Bdd).
}
