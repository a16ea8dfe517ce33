import type {
  ReactionInput,
  ReactionRow_ReactionFragment as Reaction,
} from '../../graphql/generated/graphql';

/**
 * A saved reaction as the input that saves it again. updateReaction sets every setting, so a
 * pause sends the rest back as it was (a missing condition would mean "always").
 */
export function inputOf(reaction: Reaction, change: Partial<ReactionInput> = {}): ReactionInput {
  return {
    name: reaction.name,
    event: reaction.event,
    customEvent: reaction.customEvent ?? null,
    condition: reaction.condition ?? null,
    definitionId: reaction.definition.id,
    spendThreshold: reaction.spendThreshold ?? null,
    spendRepeatEvery: reaction.spendRepeatEvery ?? null,
    lapsedDays: reaction.lapsedDays ?? null,
    claimable: reaction.claimable,
    active: reaction.active,
    ...change,
  };
}
