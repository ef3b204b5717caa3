/**
 * Texts of `keten diff` and `keten whatif` (CHANGES.md): for each change id what it means in
 * general (the catalogue in docs/changes.md) and for one element (the change's message); the
 * words of the outputs; the groups and the plan-like summary of a scenario; the errors.
 * The ids and their levels live with the comparison (packages/changes/src/change-catalogue.ts),
 * which is typed against the keys here, so an id without texts fails the type check.
 */

/** What a message about one change knows. */
export interface ChangeFacts {
    /** `Agreement`, `Agreement.Member`, `Party`, `Party.role`, `Party.power` or `Body`. */
    readonly element: string;
    readonly agreement: string | null;
    /** The old value (null when it was added). */
    readonly old: string | null;
    /** The new value (null when it was removed). */
    readonly new: string | null;
}

export interface ChangeText {
    /** What the change means, in general (docs/changes.md). */
    readonly description: string;
    /** What it means for this element. */
    readonly message: (f: ChangeFacts) => string;
}

export type ChangeLevelName = 'breaking' | 'notable' | 'info';

/** The areas of the change catalogue, in the order of docs/changes.md. */
export type ChangeAreaName =
    | 'parties' | 'declarations' | 'agreement' | 'mandates' | 'commitments' | 'conditions' | 'escalation' | 'effects'
    | 'data' | 'money' | 'wording';

/** The meaning groups of `keten whatif` (CHANGES.md), in the order the summary lists them. */
export type WhatIfGroupName =
    | 'commitments-without-mandate' | 'routes-without-decider' | 'routes-with-gap' | 'effects-unmeasured'
    | 'conditions-unprovided' | 'governance-gone' | 'data-incomplete' | 'budgets-unbalanced' | 'mandates-unsound'
    | 'powers-without-holder' | 'parties' | 'other';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
/** Beside an unknown name: the likely typo, or else the nearest name that exists. */
const meant = (a: { suggestion?: string; nearest?: string }) =>
    a.suggestion ? ` Did you mean '${a.suggestion}'?` : a.nearest ? ` The closest name there is: '${a.nearest}'.` : '';

const changes = {
    // --- parties of an agreement
    'party-removed': {
        description: 'A party leaves the agreement\'s `parties`: it is no longer bound, and the others can no longer count on it.',
        message: f => `${f.element} leaves agreement '${f.agreement}': it is no longer bound by it, and the other parties can no longer count on it.`
    },
    'party-added': {
        description: 'A party joins the agreement\'s `parties`.',
        message: f => `${f.element} joins agreement '${f.agreement}' as a party bound by it.`
    },
    'involved-party-removed': {
        description: 'A party leaves the agreement\'s `involving`: it no longer acts in the agreement.',
        message: f => `${f.element} is no longer involved in agreement '${f.agreement}': the work it did there has nobody to do it.`
    },
    'involved-party-added': {
        description: 'A party is added to the agreement\'s `involving`.',
        message: f => `${f.element} becomes involved in agreement '${f.agreement}' without being bound by it.`
    },
    'party-declaration-removed': {
        description: 'A party declaration is deleted (the agreements\' own changes say what that means).',
        message: f => `The declaration of party '${f.element}' is deleted.`
    },
    'party-declaration-added': {
        description: 'A party declaration is added.',
        message: f => `Party '${f.element}' is declared.`
    },
    'party-type-changed': {
        description: 'A party\'s `type` changes.',
        message: f => `The type of party '${f.element}' changes.`
    },
    // --- roles, powers and bodies
    'role-removed': {
        description: 'A role is deleted from its party: whoever relied on that position loses it.',
        message: f => `Role '${f.element}' is deleted: every mandate, level and seat it held has nobody in that position.`
    },
    'role-added': {
        description: 'A role is added to a party.',
        message: f => `Role '${f.element}' is added.`
    },
    'reports-to-changed': {
        description: 'A role reports to someone else (`reports to`).',
        message: f => `Role '${f.element}' reports to someone else: the line upward, and escalation along it, changes.`
    },
    'power-removed': {
        description: 'A power of a party\'s own is deleted: decisions under it lose their ground.',
        message: f => `Power '${f.element}' is deleted: commitments that decided under it lose their ground.`
    },
    'power-added': {
        description: 'A power of a party\'s own is added.',
        message: f => `Power '${f.element}' is added.`
    },
    'power-holder-changed': {
        description: 'Another role holds a power (`held by`): the previous holder loses it.',
        message: f => `Power '${f.element}' is held by another role: the previous holder no longer exercises it.`
    },
    'power-basis-changed': {
        description: 'The legal basis of a power changes.',
        message: f => `The legal basis of power '${f.element}' changes.`
    },
    'body-removed': {
        description: 'A body is deleted: its members lose their seat and whatever it steered, reviewed or decided has nobody.',
        message: f => `Body '${f.element}' is deleted: whatever it steered, reviewed or decided has nobody to do it.`
    },
    'body-added': {
        description: 'A body is added.',
        message: f => `Body '${f.element}' is added.`
    },
    'body-member-removed': {
        description: 'A role leaves a body\'s `members`: it loses its seat and its say.',
        message: f => `A member leaves body '${f.element}': that role loses its seat and its say.`
    },
    'body-member-added': {
        description: 'A role joins a body\'s `members`.',
        message: f => `A member joins body '${f.element}'.`
    },
    'body-chair-changed': {
        description: 'A body\'s `chair` changes.',
        message: f => `Body '${f.element}' has another chair.`
    },
    // --- the agreement
    'agreement-removed': {
        description: 'An agreement is deleted: every party loses what it guaranteed.',
        message: f => `Agreement '${f.element}' is deleted: every party loses what it guaranteed.`
    },
    'agreement-added': {
        description: 'An agreement is added.',
        message: f => `Agreement '${f.element}' is added.`
    },
    'steering-changed': {
        description: 'Someone else steers the chain, or nobody does (`steering`).',
        message: f => f.new === null ? `Agreement '${f.element}' no longer names a steering holder: nobody steers the chain.` : f.old === null ? `Agreement '${f.element}' gets a steering holder.` : `Agreement '${f.element}' is steered by someone else: the previous steering holder loses that role.`
    },
    'accountable-changed': {
        description: 'Someone else is accountable for the chain, or nobody is (`accountable`).',
        message: f => f.new === null ? `Agreement '${f.element}' no longer names anybody accountable: nobody answers for the chain's results.` : f.old === null ? `Agreement '${f.element}' names somebody accountable.` : `Agreement '${f.element}' has another accountable holder: who answers for the chain changes.`
    },
    'review-changed': {
        description: 'The review changes: how often, or by whom (`review every … by …`).',
        message: f => `The review of agreement '${f.element}' changes: how often, or by whom.`
    },
    'period-shortened': {
        description: 'The agreement runs shorter: a later start, an earlier end, or an end where it had none.',
        message: f => `Agreement '${f.element}' runs shorter: the parties can count on it for less time.`
    },
    'period-extended': {
        description: 'The agreement runs longer: an earlier start, a later end, or no end at all (`period from`).',
        message: f => `Agreement '${f.element}' runs longer.`
    },
    'basis-changed': {
        description: 'The legal basis of the agreement (`basis`) changes.',
        message: f => `The legal basis of agreement '${f.element}' changes.`
    },
    'signatory-removed': {
        description: 'A `signatory` is taken out: that role no longer signs.',
        message: f => `A signatory of agreement '${f.element}' is taken out: that role no longer signs.`
    },
    'signatory-added': {
        description: 'A `signatory` is added.',
        message: f => `A signatory is added to agreement '${f.element}'.`
    },
    'signatory-changed': {
        description: 'A signatory\'s person or authority (`pursuant to`) changes.',
        message: f => `A signatory of agreement '${f.element}' signs as another person or on another authority.`
    },
    'term-removed': {
        description: 'A definition (`term`) is taken out: words that relied on it lose their fixed meaning.',
        message: f => `Term '${f.element}' is taken out: the word no longer has a fixed meaning in the agreement.`
    },
    'term-added': {
        description: 'A definition (`term`) is added.',
        message: f => `Term '${f.element}' is defined.`
    },
    'term-changed': {
        description: 'A definition (`term`) means something else.',
        message: f => `Term '${f.element}' means something else now.`
    },
    'renewal-changed': {
        description: 'Tacit renewal (`renewal`) is added, taken out or changed.',
        message: f => `The renewal of agreement '${f.element}' changes.`
    },
    'termination-notice-shortened': {
        description: 'A party may leave at shorter notice: the others can count on it for less time.',
        message: f => `A party may leave agreement '${f.element}' at shorter notice: the others can count on each other for less time.`
    },
    'termination-notice-lengthened': {
        description: 'A party must give longer notice to leave.',
        message: f => `A party must give longer notice to leave agreement '${f.element}'.`
    },
    'termination-changed': {
        description: 'The termination clause is added or taken out.',
        message: f => `The termination clause of agreement '${f.element}' is added or taken out.`
    },
    'amendment-changed': {
        description: 'How the agreement is changed (`amendment`) changes.',
        message: f => `How agreement '${f.element}' is amended changes.`
    },
    'accession-changed': {
        description: 'How a new party joins (`accession`) changes.',
        message: f => `How a new party joins agreement '${f.element}' changes.`
    },
    'disputes-changed': {
        description: 'How disputes are settled (`disputes`) changes.',
        message: f => `How disputes in agreement '${f.element}' are settled changes.`
    },
    'publication-changed': {
        description: 'Where or how soon the agreement is published (`publication`) changes.',
        message: f => `The publication of agreement '${f.element}' changes.`
    },
    // --- mandates
    'mandate-removed': {
        description: 'A mandate is withdrawn: its holder may no longer decide, and commitments that decided under it lose their mandate.',
        message: f => `Mandate '${f.element}' is withdrawn: its holder may no longer take these decisions.`
    },
    'mandate-added': {
        description: 'A mandate is granted.',
        message: f => `Mandate '${f.element}' is granted.`
    },
    'mandate-grantor-changed': {
        description: 'Someone else grants a mandate (`from`).',
        message: f => `Mandate '${f.element}' is granted by someone else: its authority rests on another principal.`
    },
    'mandate-holder-changed': {
        description: 'Another role holds a mandate (`to`): the previous holder loses it.',
        message: f => `Mandate '${f.element}' goes to another role: the previous holder may no longer take these decisions.`
    },
    'mandate-scope-changed': {
        description: 'A mandate covers other decisions (`scope`).',
        message: f => `Mandate '${f.element}' covers other decisions: what its holder may decide changes.`
    },
    'mandate-limit-lowered': {
        description: 'A mandate\'s `limit` is lowered, or a limit is set where there was none: the holder may decide on less.',
        message: f => f.old === null ? `Mandate '${f.element}' gets a limit: its holder may decide on less than before.` : `The limit of mandate '${f.element}' is lowered: its holder may decide on less than before.`
    },
    'mandate-limit-raised': {
        description: 'A mandate\'s `limit` is raised, or taken out.',
        message: f => f.new === null ? `Mandate '${f.element}' no longer has a limit: its holder may decide on more.` : `The limit of mandate '${f.element}' is raised: its holder may decide on more.`
    },
    'mandate-limit-changed': {
        description: 'A mandate\'s `limit` is in another unit or `per` word: the old and the new limit cannot be compared.',
        message: f => `The limit of mandate '${f.element}' is counted in another unit: what its holder may decide cannot be compared with before.`
    },
    'mandate-validity-shortened': {
        description: 'A mandate holds for less time (`valid`), or gets an end where it had none.',
        message: f => `Mandate '${f.element}' holds for less time: its holder may decide during a shorter period.`
    },
    'mandate-validity-extended': {
        description: 'A mandate holds for longer (`valid`), or without a set range.',
        message: f => `Mandate '${f.element}' holds for longer.`
    },
    'submandate-withdrawn': {
        description: 'A mandate may no longer be passed on (`submandate allowed` becomes denied): the sub-mandates under it lose their ground.',
        message: f => `Mandate '${f.element}' may no longer be passed on: sub-mandates under it lose their ground.`
    },
    'submandate-granted': {
        description: 'A mandate may be passed on (`submandate allowed`).',
        message: f => `Mandate '${f.element}' may now be passed on.`
    },
    'mandate-basis-changed': {
        description: 'The legal basis of a mandate (`basis`) changes.',
        message: f => `The legal basis of mandate '${f.element}' changes.`
    },
    'mandate-power-changed': {
        description: 'A mandate hands on another power (`power`), or none.',
        message: f => f.new === null ? `Mandate '${f.element}' no longer names the power it hands on.` : f.old === null ? `Mandate '${f.element}' names the power it hands on.` : `Mandate '${f.element}' hands on another power.`
    },
    // --- commitments
    'commitment-removed': {
        description: 'A commitment is taken out: the others can no longer count on that work.',
        message: f => `Commitment '${f.element}' is taken out: the other parties can no longer count on that work.`
    },
    'commitment-added': {
        description: 'A commitment is added.',
        message: f => `Commitment '${f.element}' is added.`
    },
    'commitment-party-removed': {
        description: 'A party no longer makes a (joint) commitment (`by`).',
        message: f => `A party no longer makes commitment '${f.element}': the others can no longer count on its part.`
    },
    'commitment-party-added': {
        description: 'A party joins a commitment (`by`).',
        message: f => `A party joins commitment '${f.element}'.`
    },
    'commitment-authority-removed': {
        description: 'A commitment no longer decides under a mandate or power it named (`decides under`).',
        message: f => `Commitment '${f.element}' no longer decides under a mandate or power it named: its decisions may lose their ground.`
    },
    'commitment-authority-added': {
        description: 'A commitment decides under another mandate or power (`decides under`).',
        message: f => `Commitment '${f.element}' decides under another mandate or power as well.`
    },
    'commitment-decides-changed': {
        description: 'A commitment starts or stops deciding (`decides`).',
        message: f => `Commitment '${f.element}' starts or stops taking decisions.`
    },
    'commitment-due-earlier': {
        description: 'A commitment is due earlier (`due`), or gets a deadline where it had none: the party has less time.',
        message: f => f.old === null ? `Commitment '${f.element}' now has a deadline: the party has less time for it.` : `Commitment '${f.element}' is due earlier: the party has less time for it.`
    },
    'commitment-due-later': {
        description: 'A commitment is due later (`due`), or no longer has a deadline.',
        message: f => f.new === null ? `Commitment '${f.element}' no longer has a deadline: the others cannot count on it by a date.` : `Commitment '${f.element}' is due later: the others get it later.`
    },
    'commitment-due-changed': {
        description: 'A commitment\'s `due` moves between a calendar date and a time after an event, or to another event.',
        message: f => `Commitment '${f.element}' is due at another kind of moment (a date, or a time after an event).`
    },
    'commitment-obligation-weakened': {
        description: 'A commitment promises effort where it promised a result (`obligation`).',
        message: f => `Commitment '${f.element}' no longer promises a result, only effort: the others lose a guarantee.`
    },
    'commitment-obligation-strengthened': {
        description: 'A commitment promises a result (`obligation result`).',
        message: f => `Commitment '${f.element}' now promises a result.`
    },
    'commitment-obligation-changed': {
        description: 'A commitment\'s `obligation effort` is written or taken out.',
        message: f => `Commitment '${f.element}' says differently whether it promises effort.`
    },
    'commitment-condition-removed': {
        description: 'A commitment no longer needs a condition (`needs`): the work loses what it was to rest on.',
        message: f => `Commitment '${f.element}' no longer needs a condition it named: the work loses what it was to rest on.`
    },
    'commitment-condition-added': {
        description: 'A commitment needs another condition (`needs`).',
        message: f => `Commitment '${f.element}' needs another condition.`
    },
    // --- conditions
    'condition-removed': {
        description: 'A condition is taken out: the work that needed it has less room.',
        message: f => `Condition '${f.element}' is taken out: the work that needed it has less room.`
    },
    'condition-added': {
        description: 'A condition is added.',
        message: f => `Condition '${f.element}' is added.`
    },
    'condition-provider-removed': {
        description: 'A party no longer provides a condition (`provided by`).',
        message: f => `A party no longer provides condition '${f.element}'.`
    },
    'condition-provider-added': {
        description: 'A party provides a condition as well (`provided by`).',
        message: f => `Another party provides condition '${f.element}' as well.`
    },
    'condition-resource-lowered': {
        description: 'A condition provides less (`resource`), or no resource at all.',
        message: f => `Condition '${f.element}' provides less: the work has less time or money.`
    },
    'condition-resource-raised': {
        description: 'A condition provides more (`resource`), or a resource where it named none.',
        message: f => `Condition '${f.element}' provides more.`
    },
    'condition-resource-changed': {
        description: 'A condition provides something that cannot be compared with before (another unit, `per` word or description).',
        message: f => `Condition '${f.element}' provides something else: it cannot be compared with before.`
    },
    'condition-before-later': {
        description: 'A condition is in place later (`before`), or no date is set any more.',
        message: f => f.new === null ? `Condition '${f.element}' no longer says by when it is in place: the work may have to start without it.` : `Condition '${f.element}' is in place later: the work may have to start without it.`
    },
    'condition-before-earlier': {
        description: 'A condition is in place earlier (`before`), or a date is set where there was none.',
        message: f => `Condition '${f.element}' is in place earlier.`
    },
    // --- escalation
    'escalation-removed': {
        description: 'An escalation route is taken out: a stalemate has no way upward.',
        message: f => `Escalation route '${f.element}' is taken out: a stalemate has no way upward.`
    },
    'escalation-added': {
        description: 'An escalation route is added.',
        message: f => `Escalation route '${f.element}' is added.`
    },
    'escalation-level-removed': {
        description: 'A level of an escalation route is taken out (levels are matched by holder).',
        message: f => `A level of escalation route '${f.element}' is taken out: that holder no longer gets the matter.`
    },
    'escalation-level-added': {
        description: 'A level is added to an escalation route.',
        message: f => `A level is added to escalation route '${f.element}'.`
    },
    'escalation-order-changed': {
        description: 'The same holders take an escalated matter in another order.',
        message: f => `The levels of escalation route '${f.element}' come in another order: a matter reaches its holders in another sequence.`
    },
    'escalation-decider-changed': {
        description: 'Another level decides (`decides`).',
        message: f => `Another level decides in escalation route '${f.element}'.`
    },
    'escalation-decider-removed': {
        description: 'No level of a route decides any more.',
        message: f => `No level of escalation route '${f.element}' decides any more: a stalemate is never settled.`
    },
    'escalation-decider-added': {
        description: 'A route that had no decider gets one.',
        message: f => `Escalation route '${f.element}' gets a level that decides.`
    },
    'escalation-deadline-lengthened': {
        description: 'A level may take longer (`within`), or has no deadline any more: a stalemate lasts longer.',
        message: f => `A level of escalation route '${f.element}' may take longer${f.new !== null && !f.new.includes(' within ') ? ' (it has no deadline any more)' : ''}: a stalemate lasts longer.`
    },
    'escalation-deadline-shortened': {
        description: 'A level must act sooner (`within`), or gets a deadline where it had none.',
        message: f => `A level of escalation route '${f.element}' must act sooner.`
    },
    // --- effects
    'effect-removed': {
        description: 'An effect is taken out: the chain no longer says it will achieve it.',
        message: f => `Effect '${f.element}' is taken out: the chain no longer says it will achieve it.`
    },
    'effect-added': {
        description: 'An effect is added.',
        message: f => `Effect '${f.element}' is added.`
    },
    'effect-unit-changed': {
        description: 'An effect is measured in another `unit`: old and new measurements and targets cannot be compared.',
        message: f => `Effect '${f.element}' is measured in another unit: earlier measurements no longer compare.`
    },
    'effect-kind-changed': {
        description: 'An effect is of another `kind` (outcome, quality, output).',
        message: f => `Effect '${f.element}' is of another kind.`
    },
    'indicator-text-changed': {
        description: 'The wording of an effect\'s `indicator` changes.',
        message: f => `The indicator of effect '${f.element}' is worded differently.`
    },
    'baseline-changed': {
        description: 'An effect\'s `baseline` changes.',
        message: f => `The baseline of effect '${f.element}' changes.`
    },
    'target-weakened': {
        description: 'A target is less ambitious: a value less demanding for its comparator (higher for `<=`/`<`, lower for `>=`/`>`), a later date or a wider comparator, and nothing stronger.',
        message: f => `The target of effect '${f.element}' is weakened: the chain promises less, or later.`
    },
    'target-strengthened': {
        description: 'A target is more ambitious in every aspect that changes.',
        message: f => `The target of effect '${f.element}' is strengthened.`
    },
    'target-changed': {
        description: 'A target changes in aspects that move in different directions (or in none).',
        message: f => `The target of effect '${f.element}' changes in ways that do not all point the same way.`
    },
    'target-removed': {
        description: 'An effect no longer has a `target`.',
        message: f => `Effect '${f.element}' no longer has a target: nothing says when it is achieved.`
    },
    'target-added': {
        description: 'An effect gets a `target`.',
        message: f => `Effect '${f.element}' gets a target.`
    },
    'measurement-changed': {
        description: 'How, how often, by whom or from where an effect is `measured` changes.',
        message: f => `Effect '${f.element}' is measured differently.`
    },
    'measurement-added': {
        description: 'An effect gets a `measured`: somebody tracks it.',
        message: f => `Effect '${f.element}' is measured now.`
    },
    'measurement-removed': {
        description: 'An effect is no longer `measured`: nobody tracks it.',
        message: f => `Effect '${f.element}' is no longer measured: nobody tracks it.`
    },
    'effect-through-changed': {
        description: 'The commitments an effect is reached `through` change.',
        message: f => `Effect '${f.element}' is to be reached through other commitments.`
    },
    // --- data
    'data-removed': {
        description: 'A data block is taken out: that data is no longer shared.',
        message: f => `Data block '${f.element}' is taken out: that data is no longer shared.`
    },
    'data-added': {
        description: 'A data block is added: data is shared that was not before.',
        message: f => `Data block '${f.element}' is added: personal data is shared that was not before.`
    },
    'data-purpose-changed': {
        description: 'Data is shared for another `purpose` (AVG art. 5(1)(b): purpose limitation).',
        message: f => `The data of '${f.element}' is shared for another purpose: the people it is about lose the guarantee of the old purpose.`
    },
    'data-recipient-added': {
        description: 'Another party receives the data (`to`).',
        message: f => `Another party receives the data of '${f.element}'.`
    },
    'data-recipient-removed': {
        description: 'A party no longer receives the data (`to`).',
        message: f => `A party no longer receives the data of '${f.element}'.`
    },
    'data-provider-added': {
        description: 'Another party provides the data (`from`).',
        message: f => `Another party provides the data of '${f.element}'.`
    },
    'data-provider-removed': {
        description: 'A party no longer provides the data (`from`).',
        message: f => `A party no longer provides the data of '${f.element}'.`
    },
    'data-basis-changed': {
        description: 'The legal basis for sharing the data (`basis`) changes.',
        message: f => `The legal basis for sharing the data of '${f.element}' changes.`
    },
    'data-categories-changed': {
        description: 'Other kinds of data are shared (`categories`).',
        message: f => `Other kinds of data are shared in '${f.element}'.`
    },
    'data-special-changed': {
        description: 'Special categories or criminal data (`special`, AVG art. 9/10) are added, taken out or changed.',
        message: f => `The special categories of data shared in '${f.element}' change.`
    },
    'data-retention-lengthened': {
        description: 'Data is kept longer (`retention`), or without a set retention.',
        message: f => f.new === null ? `The data of '${f.element}' is kept without a set term: nothing says when it is deleted.` : `The data of '${f.element}' is kept longer.`
    },
    'data-retention-shortened': {
        description: 'Data is kept for a shorter time (`retention`), or a retention is set where there was none.',
        message: f => `The data of '${f.element}' is kept for a shorter time.`
    },
    'data-controller-changed': {
        description: 'Someone else is the controller of the data (`controller`), or nobody is.',
        message: f => f.new === null ? `Nobody is named controller of the data of '${f.element}' any more.` : `Someone else answers for the data of '${f.element}'.`
    },
    // --- money
    'budget-removed': {
        description: 'A budget is taken out: the money for that work is no longer agreed.',
        message: f => `Budget '${f.element}' is taken out: the money for that work is no longer agreed.`
    },
    'budget-added': {
        description: 'A budget is added.',
        message: f => `Budget '${f.element}' is added.`
    },
    'budget-amount-changed': {
        description: 'A budget\'s `amount` changes.',
        message: f => `The amount of budget '${f.element}' changes.`
    },
    'budget-share-changed': {
        description: 'Who pays what share of a budget changes (one change per budget, with the old and the new shares).',
        message: f => `Who pays what share of budget '${f.element}' changes.`
    },
    // --- wording
    'title-changed': {
        description: 'A title is worded differently.',
        message: f => `The title of '${f.element}' is worded differently.`
    },
    'goal-changed': {
        description: 'The agreement\'s `goal` is worded differently.',
        message: f => `The goal of agreement '${f.element}' is worded differently.`
    },
    'considering-changed': {
        description: 'The considerations (`considering`) are worded differently.',
        message: f => `The considerations of agreement '${f.element}' are worded differently.`
    },
    'doc-comment-changed': {
        description: 'A `/** … */` doc comment is worded differently.',
        message: f => `The explanation of '${f.element}' is worded differently.`
    }
} satisfies Record<string, ChangeText>;

export type ChangeIdName = keyof typeof changes;

export const changesEn = {
    changes: changes as Readonly<Record<ChangeIdName, ChangeText>>,
    levelWord: { breaking: 'breaking', notable: 'notable', info: 'info' } as Readonly<Record<ChangeLevelName, string>>,
    levelMeaning: {
        breaking: 'someone loses a right or a guarantee, or the chain loses ambition or assurance',
        notable: 'a real change that takes nobody\'s right away',
        info: 'wording only'
    } as Readonly<Record<ChangeLevelName, string>>,

    // --- keten diff
    /** The summary line and the JSON summary's words: "3 breaking, 5 notable, 2 info". */
    diffSummary: (a: { breaking: number; notable: number; info: number }) => `${a.breaking} breaking, ${a.notable} notable, ${a.info} info`,
    noChanges: () => 'No changes in meaning',
    /** The heading of a group of changes in stylish output. */
    agreementGroup: (a: { agreement: string }) => `agreement ${a.agreement}`,
    declarationsGroup: () => 'parties and bodies',
    was: () => 'was',
    now: () => 'now',
    /** Markdown comment for a pull request. */
    markdownTitle: () => 'Keten: changes in meaning',
    markdownSummaryHead: () => '| level | changes | meaning |',
    markdownLevelSection: (a: { level: string; count: number }) => `${a.level} (${a.count})`,
    markdownTableHead: () => '| change | element | agreement | was | now | what it means |',
    markdownMoreChanges: (a: { count: number }) => `${n(a.count, 'more change', 'more changes')}`,
    markdownNoChanges: () => 'No changes in meaning: layout, comments, keyword language and the order of fields do not count.',
    /** The catalogue (docs/changes.md). */
    cataloguePageHead: () => [
        '<!-- Generated from packages/changes/src/change-catalogue.ts and the message catalogue by `npm run docs`; do not edit by hand. -->',
        ''
    ],
    catalogueLevelHead: () => '| level | meaning |',
    catalogueTableHead: () => '| id | level | meaning |',
    catalogueArea: {
        parties: 'Parties of an agreement', declarations: 'Roles, powers and bodies', agreement: 'The agreement',
        mandates: 'Mandates', commitments: 'Commitments', conditions: 'Conditions', escalation: 'Escalation routes',
        effects: 'Effects', data: 'Data shared', money: 'Money', wording: 'Wording'
    } as Readonly<Record<ChangeAreaName, string>>,
    catalogueSummary: (a: { count: number }) => `${a.count} change ids.`,
    diffNeedsTwoSides: () => 'keten diff needs two sides: keten diff OLD NEW (each a file or a folder), or keten diff --base REV [PATH…].',
    diffBaseWithTwoSides: () => 'With --base the old side comes from git: give only the paths of the working tree (keten diff --base REV [PATH…]).',
    unknownFailOn: (a: { value: string }) => `Unknown --fail-on '${a.value}': use breaking or notable.`,
    unknownDiffFormat: (a: { format: string }) => `Unknown format '${a.format}': use stylish, md or json.`,
    sideDoesNotParse: (a: { file: string; count: number; line?: number }) =>
        `${a.file} does not parse (${n(a.count, 'syntax error', 'syntax errors')}${a.line !== undefined ? `, the first on line ${a.line}` : ''}): a diff of broken input would mislead. Fix it first (keten validate ${a.file}).`,
    sideNotUtf8: (a: { file: string }) => `${a.file} is not UTF-8 text: a diff of it would mislead. Save it as UTF-8.`,
    atRevision: (a: { file: string; revision: string }) => `${a.file} at ${a.revision}`,
    gitNotFound: () => 'git is not installed (or not on the PATH): --base reads the old side through git.',
    notAGitRepository: (a: { folder: string }) => `${a.folder} is not inside a git repository: --base needs one.`,
    unknownRevision: (a: { revision: string }) => `Unknown git revision '${a.revision}'.`,
    gitFailed: (a: { reason: string }) => `git failed: ${a.reason}`,

    // --- keten whatif
    whatIfNeedsScenario: () => 'keten whatif needs a scenario: --without PARTY, --revoke MANDATE, --vacant Party.role or --expire DATE.',
    unknownParty: (a: { name: string; suggestion?: string; nearest?: string; isA?: 'role' | 'body' }) =>
        `Unknown party '${a.name}'.`
        + (a.isA === 'role' ? ` '${a.name}' is a role: for a position left empty write --vacant ${a.name}.`
            : a.isA === 'body' ? ` '${a.name}' is a body: a body does not leave, its members do (--without PARTY, or --vacant Party.role).`
            : meant(a)),
    unknownMandate: (a: { name: string; suggestion?: string; nearest?: string }) =>
        `Unknown mandate '${a.name}' (write Agreement.Mandate).${meant(a)}`,
    ambiguousMandate: (a: { name: string; candidates: readonly string[] }) =>
        `Mandate '${a.name}' is ambiguous: it names ${a.candidates.map(c => `'${c}'`).join(', ')}. Write Agreement.Mandate.`,
    unknownRole: (a: { name: string; suggestion?: string; nearest?: string }) =>
        `Unknown role '${a.name}' (write Party.role).${meant(a)}`,
    ambiguousRole: (a: { name: string; candidates: readonly string[] }) =>
        `Role '${a.name}' is ambiguous: it names ${a.candidates.map(c => `'${c}'`).join(', ')}. Write Party.role.`,
    invalidExpireDate: (a: { value: string }) => `--expire needs a calendar date written YYYY-MM-DD, not '${a.value}'.`,
    scenarioDoesNotParse: (a: { file: string; count: number; line?: number }) =>
        `${a.file} does not parse (${n(a.count, 'syntax error', 'syntax errors')}${a.line !== undefined ? `, the first on line ${a.line}` : ''}): a scenario played on broken input would mislead. Fix it first (keten validate ${a.file}).`,
    /** Parts of the scenario, as the summary starts: "Kredietbank leaves". */
    scenarioWithout: (a: { party: string }) => `${a.party} leaves`,
    scenarioRevoke: (a: { mandate: string }) => `mandate ${a.mandate} is revoked`,
    scenarioVacant: (a: { role: string }) => `${a.role} is vacant`,
    scenarioExpire: (a: { date: string }) => `everything ending before ${a.date} lapses`,
    /** "A and B", "A, B and C". */
    joinScenario: (parts: readonly string[]) => parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`,
    capitalize: (text: string) => text.charAt(0).toUpperCase() + text.slice(1),
    /** One group in the summary, by the number of findings the scenario adds to it. */
    whatIfGroup: {
        'commitments-without-mandate': count => `${n(count, 'commitment loses its mandate', 'commitments lose their mandate')}`,
        'routes-without-decider': count => `${n(count, 'escalation route loses its decider', 'escalation routes lose their decider')}`,
        'routes-with-gap': count => `${n(count, 'escalation route has a gap', 'escalation routes have a gap')}`,
        'effects-unmeasured': count => `${count} ${count === 1 ? 'effect is' : 'effects are'} no longer measured`,
        'conditions-unprovided': count => `${count} ${count === 1 ? 'condition is' : 'conditions are'} no longer provided`,
        'governance-gone': count => `${n(count, 'agreement loses its steering, accountability or review', 'agreements lose steering, accountability or review')}`,
        'data-incomplete': count => `${n(count, 'data block loses a provider, recipient or controller', 'data blocks lose a provider, recipient or controller')}`,
        'budgets-unbalanced': count => `${n(count, 'budget no longer adds up', 'budgets no longer add up')}`,
        'mandates-unsound': count => `${n(count, 'mandate is no longer sound', 'mandates are no longer sound')}`,
        'powers-without-holder': count => `${n(count, 'power loses its holder', 'powers lose their holder')}`,
        'parties': count => `${n(count, 'party finding', 'party findings')}`,
        'other': count => `${n(count, 'other finding', 'other findings')}`
    } as Readonly<Record<WhatIfGroupName, (count: number) => string>>,
    /** The heading of a group in stylish and Markdown output. */
    whatIfGroupTitle: {
        'commitments-without-mandate': 'Commitments without a mandate',
        'routes-without-decider': 'Escalation routes without a decider',
        'routes-with-gap': 'Escalation routes with a vacant or missing level',
        'effects-unmeasured': 'Effects nobody measures',
        'conditions-unprovided': 'Conditions nobody provides',
        'governance-gone': 'Steering, accountability or review gone',
        'data-incomplete': 'Data without a provider, recipient or controller',
        'budgets-unbalanced': 'Budgets whose shares no longer add up',
        'mandates-unsound': 'Mandates that are no longer sound',
        'powers-without-holder': 'Powers without a holder',
        'parties': 'Parties',
        'other': 'Other findings'
    } as Readonly<Record<WhatIfGroupName, string>>,
    /** "(6 new errors, 2 new warnings, 1 resolved)". */
    whatIfCounts: (a: { errors: number; warnings: number; infos: number; resolved: number }) => {
        const parts = [
            a.errors > 0 ? n(a.errors, 'new error', 'new errors') : '',
            a.warnings > 0 ? n(a.warnings, 'new warning', 'new warnings') : '',
            a.infos > 0 ? n(a.infos, 'new info', 'new infos') : '',
            a.resolved > 0 ? `${a.resolved} resolved` : ''
        ].filter(part => part !== '');
        return parts.length === 0 ? '(no new findings)' : `(${parts.join(', ')})`;
    },
    whatIfNothingBreaks: () => 'nothing new breaks',
    whatIfAdded: () => 'Added by the scenario',
    whatIfResolved: () => 'Resolved by the scenario',
    whatIfMarkdownTitle: () => 'Keten: what if',
    whatIfFindingHead: () => '| file | line | severity | rule | message |',

    // --- Keten: What If… in the editor (the extension's quick pick and report beside the editor)
    whatIfPickTitle: () => 'Keten: What If…',
    whatIfPickPlaceholder: () => 'Pick a party that leaves, a mandate that is revoked, a role that falls vacant, or a date',
    whatIfPartiesHeading: () => 'Parties',
    whatIfMandatesHeading: () => 'Mandates',
    whatIfRolesHeading: () => 'Roles',
    whatIfDateHeading: () => 'Date',
    /** What happens to the picked name, beside it in the quick pick. */
    whatIfLeaves: () => 'leaves',
    whatIfIsRevoked: () => 'is revoked',
    whatIfIsVacant: () => 'is vacant',
    whatIfExpireItem: () => 'Everything ending before a date lapses…',
    whatIfExpirePrompt: () => 'Mandates and agreements whose validity ends before this date lapse',
    whatIfExpireInvalid: (a: { value: string }) => `Write a calendar date as YYYY-MM-DD (for example 2027-01-01), not '${a.value}'.`,
    whatIfNothingToPick: () => 'There are no parties, mandates or roles to play a scenario on: open a folder with .keten files.',
    /** The title of the report beside the editor: "What if: Kredietbank leaves". */
    whatIfPanelTitle: (a: { scenario: string }) => `What if: ${a.scenario}`,
    whatIfServerNotRunning: () => 'The Keten language server is not running.',
    whatIfFailed: (a: { reason: string }) => `Keten could not play the scenario: ${a.reason}`
};
