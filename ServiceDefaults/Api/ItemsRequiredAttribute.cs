using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace HoukatsuCare.ServiceDefaults.Api;

/// <summary>
/// A list whose elements may not be null: <c>"emergencyContacts": [null]</c> is valid JSON that the element
/// validation skips, and would otherwise reach the code that copies the list.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemsRequiredAttribute() : ValidationAttribute(Messages.NullItem)
{
    public override bool IsValid(object? value) =>
        value is not IEnumerable items || items.Cast<object?>().All(item => item is not null);
}
