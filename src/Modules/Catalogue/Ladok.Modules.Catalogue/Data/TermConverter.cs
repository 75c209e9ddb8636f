using Ladok.Kernel.Periods;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ladok.Modules.Catalogue.Data;

/// <summary>Stores a term as it is written, HT2025, so the tables read like the domain.</summary>
public sealed class TermConverter() : ValueConverter<Term, string>(term => term.ToString(), text => Term.Parse(text));
