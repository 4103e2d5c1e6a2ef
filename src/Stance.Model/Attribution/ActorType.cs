namespace Stance.Model.Attribution;

/// <summary>What kind of actor makes or receives a move.</summary>
public enum ActorType
{
    /// <summary>A state or government body (countries acting as actors, ministries, the regime, police).</summary>
    State = 0,

    /// <summary>An armed force or group (armies, air forces, rebels, militias, terrorist groups).</summary>
    Armed = 1,

    /// <summary>An NGO or international body (UN agencies, OPCW, Amnesty, monitors).</summary>
    Intl = 2,

    /// <summary>A news outlet or journalist, and the outlet's own voice.</summary>
    Media = 3,

    /// <summary>An individual, named or described, with or without a role.</summary>
    Person = 4,

    /// <summary>Anything else (companies, critics, witnesses, "many").</summary>
    Other = 5,
}
