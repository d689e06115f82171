// In-memory template stores with INCS's resource shapes (§6.5, §8.5) and keyset paging.

import type { JsonObject } from './validation/common';

export interface WabaTemplate {
	template_id: string;
	name: string;
	language: string;
	category: string;
	status: string;
	quality: string;
	components: unknown[];
	created_time: number;
	updated_time: number;
	status_updated_time: number;
	quality_updated_time: number;
	category_updated_time: number;
}

export interface RcsTemplate {
	template_id: string;
	name: string;
	type: string;
	category: string;
	status: string;
	content: JsonObject;
	created_time: number;
	updated_time: number;
	status_updated_time: number;
}

interface StoredTemplate {
	template_id: string;
	name: string;
	status: string;
}

/**
 * Items kept in ID order; IDs only grow, so "newest first" is reverse ID order and a page after
 * `last_id` is simply the items with a smaller ID (works even if `last_id` was deleted).
 */
export class TemplateStore<T extends StoredTemplate> {
	private readonly ordered: T[] = [];
	private readonly byId = new Map<string, T>();

	add(template: T): T {
		this.ordered.push(template);
		this.byId.set(template.template_id, template);
		return template;
	}

	get(id: string): T | undefined {
		return this.byId.get(id);
	}

	delete(id: string): boolean {
		const template = this.byId.get(id);
		if (!template) return false;
		this.byId.delete(id);
		this.ordered.splice(this.ordered.indexOf(template), 1);
		return true;
	}

	/** Newest first among those with this name (a WABA name may exist in several languages). */
	findByName(name: string): T[] {
		return this.ordered.filter((t) => t.name === name).reverse();
	}

	page(lastId: string | undefined, count: number): T[] {
		const result: T[] = [];
		const bound = lastId === undefined ? undefined : BigInt(lastId);
		for (let i = this.ordered.length - 1; i >= 0 && result.length < count; i--) {
			const template = this.ordered[i];
			if (bound === undefined || BigInt(template.template_id) < bound) result.push(template);
		}
		return result;
	}

	all(): readonly T[] {
		return this.ordered;
	}

	clear(): void {
		this.ordered.length = 0;
		this.byId.clear();
	}
}
