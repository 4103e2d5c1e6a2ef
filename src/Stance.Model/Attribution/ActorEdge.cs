namespace Stance.Model.Attribution;

/// <summary>One edge of the "who accuses whom" graph: how often a source made a move against a target.</summary>
/// <param name="Source">The speaker.</param>
/// <param name="Target">The target.</param>
/// <param name="Move">The move (accuse, deny, deflect).</param>
/// <param name="Count">How many sentences.</param>
/// <param name="Example">One such sentence (the first seen), with its article.</param>
public sealed record ActorEdge(Actor Source, Actor Target, string Move, int Count, string Example);
