import type { Role } from '../../generated/ast.js';
import { rolesOf, superiorOf } from '../../model/parties.js';
import { defineRule } from '../rule.js';

export const roleCycle = defineRule({
    meta: {
        id: 'role-cycle',
        severity: 'error',
        area: 'structure',
        description: '`reports to` forms a cycle: nobody is at the top of the hierarchy.',
        source: 'Seed text: escalation needs a hierarchy that ends somewhere; a circle of superiors has no one who can decide.'
    },
    checks: {
        Party: (party, ctx) => {
            const roles = rolesOf(party);
            const inCycle = new Set<Role>();
            for (const start of roles) {
                if (inCycle.has(start)) continue;
                const path: Role[] = [];
                const onPath = new Map<Role, number>();
                let current: Role | undefined = start;
                while (current && !onPath.has(current) && !inCycle.has(current)) {
                    onPath.set(current, path.length);
                    path.push(current);
                    current = superiorOf(current);
                }
                if (!current || !onPath.has(current)) continue;
                const cycle = path.slice(onPath.get(current));
                cycle.forEach(role => inCycle.add(role));
                const ordered = [...cycle].sort((a, b) => roles.indexOf(a) - roles.indexOf(b));
                const first = ordered[0];
                const names = rotateFrom(cycle, first).map(role => role.name);
                ctx.report({
                    node: first.reportsTo[0],
                    message: ctx.messages.roleCycle({ party: party.name, roles: [...names, first.name] }),
                    related: ordered.slice(1).map(role => ({ node: role, property: 'name', message: ctx.messages.roleCycleRelated({ role: role.name }) }))
                });
            }
        }
    }
});

function rotateFrom<T>(cycle: T[], first: T): T[] {
    const index = cycle.indexOf(first);
    return [...cycle.slice(index), ...cycle.slice(0, index)];
}
