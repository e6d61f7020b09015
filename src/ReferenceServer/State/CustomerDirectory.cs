using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.Storage;

namespace MfaConformance.ReferenceServer.State;

/// <summary>Brands and customers: cached in memory, written through to SQLite on every change.</summary>
internal sealed class CustomerDirectory
{
    private readonly SqliteStore _store;
    private readonly ConcurrentDictionary<string, Brand> _brands = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<CustomerKey, Customer> _customers = new();

    public CustomerDirectory(SqliteStore store)
    {
        _store = store;
        foreach (var (name, json) in store.LoadBrands())
        {
            _brands[name] = new Brand(name, BrandConfigParser.Parse(JsonNode.Parse(json), out _));
        }

        foreach (var row in store.LoadCustomers())
        {
            var key = new CustomerKey(row.Brand, row.IdentifierType, row.IdentifierValue);
            _customers[key] = new Customer(key, row.PrimaryHash, row.MfaHash);
        }
    }

    public Brand? FindBrand(string name) => _brands.TryGetValue(BrandNames.Normalize(name), out var brand) ? brand : null;

    public Brand PutBrand(string name, BrandConfig config)
    {
        var brand = new Brand(BrandNames.Normalize(name), config);
        _store.SaveBrand(brand.Name, config.ToJsonString());
        _brands[brand.Name] = brand;
        return brand;
    }

    public Customer? Find(CustomerKey key) => _customers.TryGetValue(key, out var customer) ? customer : null;

    /// <summary>Every customer of the brand (a scan: only the forget-accepts-any-customers-otp mutant asks).</summary>
    public IReadOnlyList<Customer> CustomersOf(string brand) => [.. _customers.Values.Where(c => c.Key.Brand == brand)];

    /// <summary>Finds the customer or creates a first-time one (no passwords), as a first OTP login does.</summary>
    public Customer GetOrCreate(CustomerKey key)
    {
        if (_customers.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var created = new Customer(key, null, null);
        var winner = _customers.GetOrAdd(key, created);
        if (ReferenceEquals(winner, created))
        {
            Save(created);
        }

        return winner;
    }

    /// <summary>Creates or resets a customer to exactly the given hashes; older sessions and tokens are revoked.</summary>
    public void Reset(CustomerKey key, string? passwordHash)
    {
        var customer = _customers.GetOrAdd(key, k => new Customer(k, null, null));
        lock (customer)
        {
            customer.PrimaryPasswordHash = passwordHash;
            customer.MfaPasswordHash = passwordHash;
            customer.PreviousMfaPasswordHash = null;
            customer.PrimaryLockedUntil = null;
            customer.MfaLockedUntil = null;
            customer.MfaOtpVerifiedAt.Clear();
            customer.Generation++;
            Save(customer);
        }
    }

    /// <summary>Persists the customer's current hashes. Call while holding the customer's lock.</summary>
    public void Save(Customer customer) =>
        _store.SaveCustomer(new StoredCustomer(
            customer.Key.Brand,
            customer.Key.IdentifierType,
            customer.Key.IdentifierValue,
            customer.PrimaryPasswordHash,
            customer.MfaPasswordHash));
}
