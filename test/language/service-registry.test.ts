/**
 * The service registry remembers its answer per URI (workspace/keten-service-registry.ts); the
 * answers must stay Langium's: Keten's services for a `.keten` file, and none for another file.
 */
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { createKetenServices } from '@keten/language';

describe('service registry', () => {
    it('answers Keten for a .keten file, every time, and no services for other files', () => {
        const { shared, Keten } = createKetenServices(EmptyFileSystem);
        const registry = shared.ServiceRegistry;
        const agreement = URI.parse('file:///work/jeugdhulp.keten');
        expect(registry.getServices(agreement)).toBe(Keten);
        expect(registry.getServices(agreement)).toBe(Keten);
        expect(registry.getServices(URI.parse('file:///work/jeugdhulp.keten'))).toBe(Keten);
        const other = URI.parse('file:///work/notes.txt');
        expect(registry.hasServices(other)).toBe(false);
        expect(registry.hasServices(other)).toBe(false);
        expect(() => registry.getServices(other)).toThrow(/no services/);
        expect(registry.hasServices(agreement)).toBe(true);
    });
});
