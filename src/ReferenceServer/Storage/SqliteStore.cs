using Microsoft.Data.Sqlite;

namespace MfaConformance.ReferenceServer.Storage;

/// <summary>Brands, their configuration and customers' password hashes in SQLite (in memory unless a file is given).</summary>
internal sealed class SqliteStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public SqliteStore(string? path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = string.IsNullOrWhiteSpace(path) ? ":memory:" : path,
            Mode = string.IsNullOrWhiteSpace(path) ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("""
            CREATE TABLE IF NOT EXISTS brands (name TEXT PRIMARY KEY, config TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS customers (
                brand TEXT NOT NULL, identifier_type TEXT NOT NULL, identifier_value TEXT NOT NULL,
                primary_hash TEXT NULL, mfa_hash TEXT NULL,
                PRIMARY KEY (brand, identifier_type, identifier_value));
            """);
    }

    public IReadOnlyList<(string Name, string ConfigJson)> LoadBrands()
    {
        var result = new List<(string, string)>();
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT name, config FROM brands";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        return result;
    }

    public IReadOnlyList<StoredCustomer> LoadCustomers()
    {
        var result = new List<StoredCustomer>();
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT brand, identifier_type, identifier_value, primary_hash, mfa_hash FROM customers";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add(new StoredCustomer(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        return result;
    }

    public void SaveBrand(string name, string configJson) =>
        Execute(
            "INSERT INTO brands (name, config) VALUES ($n, $c) ON CONFLICT(name) DO UPDATE SET config = excluded.config",
            ("$n", name),
            ("$c", configJson));

    public void SaveCustomer(StoredCustomer customer) =>
        Execute(
            """
            INSERT INTO customers (brand, identifier_type, identifier_value, primary_hash, mfa_hash) VALUES ($b, $t, $v, $p, $m)
            ON CONFLICT(brand, identifier_type, identifier_value)
            DO UPDATE SET primary_hash = excluded.primary_hash, mfa_hash = excluded.mfa_hash
            """,
            ("$b", customer.Brand),
            ("$t", customer.IdentifierType),
            ("$v", customer.IdentifierValue),
            ("$p", customer.PrimaryHash),
            ("$m", customer.MfaHash));

    public void Dispose()
    {
        lock (_gate)
        {
            _connection.Dispose();
        }
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            command.ExecuteNonQuery();
        }
    }
}
