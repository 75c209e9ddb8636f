using System.ComponentModel;
using System.Reflection;
using System.Text;

namespace Ladok.Kernel.Errors;

public static class ErrorCodes
{
    /// <summary>The wire form of a code: <c>NotFound</c> → <c>NOT_FOUND</c>.</summary>
    public static string ToWire(this ErrorCode code)
    {
        var name = code.ToString();
        var wire = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) wire.Append('_');
            wire.Append(char.ToUpperInvariant(name[i]));
        }
        return wire.ToString();
    }

    /// <summary>The sentence a front end can show for the code.</summary>
    public static string Describe(this ErrorCode code) =>
        typeof(ErrorCode).GetField(code.ToString())!.GetCustomAttribute<DescriptionAttribute>()!.Description;
}
