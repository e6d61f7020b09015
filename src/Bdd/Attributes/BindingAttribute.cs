namespace MfaConformance.Bdd;

/// <summary>Marks a class whose methods are step definitions, hooks or step argument transformations.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class BindingAttribute : Attribute;
