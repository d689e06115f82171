// Everything the simulator remembers and does besides speaking HTTP: stores, journal, knobs,
// template review, status callbacks, the customer-service window.

import { CallbackDispatcher, type CallbackDelivery } from './callbacks';
import { ApiError, CODE_INVALID_PARAMETER } from './envelope';
import * as events from './events';
import { FaultInjector } from './faults';
import { newMessageId, NumericIdSequence, nowSeconds, RCS_FIRST_ID, WABA_FIRST_ID, wamidFor } from './ids';
import type { CallbackInjection } from './inject';
import { Journal, type Channel } from './journal';
import { SERVICE_WINDOW_MS } from './limits';
import { resolveOptions, type SimulatorOptions, type SimulatorOptionsInput } from './options';
import { SeededRandom } from './prng';
import { TokenBucket } from './rateLimiter';
import { seedTemplates } from './seed';
import { TemplateStore, type RcsTemplate, type WabaTemplate } from './templateStore';
import type { RcsTemplateInput } from './validation/rcsTemplate';
import type { SendContext } from './validation/send';
import type { WabaTemplateInput } from './validation/wabaTemplate';

export type TemplateKind = 'waba' | 'rcs';

export interface ReviewDecision {
	status: string;
	reason?: string;
}

export class SimulatorState {
	private current: SimulatorOptions;
	readonly journal = new Journal();
	readonly waba = new TemplateStore<WabaTemplate>();
	readonly rcs = new TemplateStore<RcsTemplate>();
	readonly callbacks: CallbackDispatcher;
	private readonly wabaIds = new NumericIdSequence(WABA_FIRST_ID);
	private readonly rcsIds = new NumericIdSequence(RCS_FIRST_ID);
	private random: SeededRandom;
	private faultInjector: FaultInjector;
	private rateLimiter: TokenBucket | null;
	/** What the token bucket refills by: real time, unless a test drives a clock of its own. */
	private rateLimitClock: () => number = () => performance.now();
	/** `${channel}:${number}` → epoch ms of the user's last inbound message. */
	private readonly lastInbound = new Map<string, number>();

	constructor(options: SimulatorOptions) {
		this.current = options;
		this.callbacks = new CallbackDispatcher(() => this.current);
		this.random = new SeededRandom(options.randomSeed);
		this.faultInjector = new FaultInjector(this.random);
		this.faultInjector.setRules(options.faults);
		this.rateLimiter = this.newLimiter();
		if (options.seedData) seedTemplates(this);
	}

	get options(): SimulatorOptions {
		return this.current;
	}

	setOptions(patch: SimulatorOptionsInput): SimulatorOptions {
		this.current = resolveOptions(this.current, patch);
		if (patch.randomSeed !== undefined || patch.faults !== undefined) this.restartRandomness();
		if (patch.rateLimit !== undefined) this.rateLimiter = this.newLimiter();
		return this.current;
	}

	private restartRandomness(): void {
		this.random = new SeededRandom(this.current.randomSeed);
		this.faultInjector = new FaultInjector(this.random);
		this.faultInjector.setRules(this.current.faults);
	}

	get faults(): FaultInjector {
		return this.faultInjector;
	}

	get limiter(): TokenBucket | null {
		return this.rateLimiter;
	}

	/**
	 * Refills the rate limit by `now` (milliseconds; real time when left out) from here on, and
	 * restarts the bucket full.
	 * Tests pass a clock that moves only while the client waits, so whether a burst is limited no
	 * longer depends on how fast the machine running them is.
	 */
	setRateLimitClock(now: () => number = () => performance.now()): void {
		this.rateLimitClock = now;
		this.rateLimiter = this.newLimiter();
	}

	private newLimiter(): TokenBucket | null {
		return this.current.rateLimit ? new TokenBucket(this.current.rateLimit, this.rateLimitClock) : null;
	}

	/** Clears journal, stores, scheduled callbacks and counters; re-seeds if `seedData`. */
	reset(): void {
		this.callbacks.cancelScheduled();
		this.callbacks.clearDeliveries();
		this.journal.clear();
		this.waba.clear();
		this.rcs.clear();
		this.wabaIds.reset();
		this.rcsIds.reset();
		this.lastInbound.clear();
		this.restartRandomness();
		this.rateLimiter = this.newLimiter();
		if (this.current.seedData) seedTemplates(this);
	}

	latencyMs(): number {
		const latency = this.current.latencyMs;
		return typeof latency === 'number' ? latency : this.random.between(latency.minMs, latency.maxMs);
	}

	sendContext(): SendContext {
		return {
			findWabaTemplates: (name) => this.waba.findByName(name),
			findRcsTemplates: (name) => this.rcs.findByName(name),
			rcsAgentId: this.current.rcsAgentId,
		};
	}

	private get sender(): events.Sender {
		return { channelId: this.current.channelId, businessPhone: this.current.businessPhone };
	}

	// ---- Templates ----

	createWabaTemplate(input: WabaTemplateInput, initialStatus = 'PENDING'): WabaTemplate {
		if (this.waba.findByName(input.name).some((t) => t.language === input.language)) {
			throw new ApiError(CODE_INVALID_PARAMETER, `The name has already been taken for language ${input.language}.`);
		}
		const now = nowSeconds();
		const template = this.waba.add({
			template_id: this.wabaIds.take(),
			name: input.name,
			language: input.language,
			category: input.category,
			status: initialStatus,
			quality: '',
			components: input.components,
			created_time: now,
			updated_time: now,
			status_updated_time: 0,
			quality_updated_time: 0,
			category_updated_time: 0,
		});
		if (initialStatus === 'PENDING') this.scheduleReview('waba', template.template_id);
		return template;
	}

	createRcsTemplate(input: RcsTemplateInput, initialStatus = 'PENDING'): RcsTemplate {
		if (this.rcs.findByName(input.name).length > 0) {
			throw new ApiError(CODE_INVALID_PARAMETER, 'The name has already been taken.');
		}
		const now = nowSeconds();
		const content = structuredClone(input.content);
		// INCS returns an omitted thumbnailUrl of a standalone card as "" (§8.5 sample).
		const card = content.standaloneCard;
		if (typeof card === 'object' && card !== null && !Array.isArray(card) && !('thumbnailUrl' in card)) {
			(card as Record<string, unknown>).thumbnailUrl = '';
		}
		const template = this.rcs.add({
			template_id: this.rcsIds.take(),
			name: input.name,
			type: input.type,
			category: input.category,
			status: initialStatus,
			content,
			created_time: now,
			updated_time: now,
			status_updated_time: 0,
		});
		if (initialStatus === 'PENDING') this.scheduleReview('rcs', template.template_id);
		return template;
	}

	private scheduleReview(kind: TemplateKind, id: string): void {
		const delay = this.current.reviewDelayMs;
		if (delay < 0) return;
		this.callbacks.track(async () => {
			if (!(await this.callbacks.wait(delay))) return;
			const template = kind === 'waba' ? this.waba.get(id) : this.rcs.get(id);
			if (template?.status === 'PENDING') this.review(kind, id);
		});
	}

	private automaticDecision(name: string): ReviewDecision {
		const pattern = this.current.rejectTemplateNamePattern;
		if (pattern !== null && new RegExp(pattern).test(name)) return { status: 'REJECTED', reason: this.current.rejectReason };
		return { status: 'APPROVED', reason: '' };
	}

	/** Sets a template's status (automatic decision when none is given) and sends the callback. */
	review(kind: TemplateKind, id: string, decision?: ReviewDecision): WabaTemplate | RcsTemplate | undefined {
		const template = kind === 'waba' ? this.waba.get(id) : this.rcs.get(id);
		if (!template) return undefined;
		const { status, reason = '' } = decision ?? this.automaticDecision(template.name);
		const now = nowSeconds();
		template.status = status;
		template.status_updated_time = now;
		template.updated_time = now;
		this.emitTemplateEvent('template_status_update', template, status, reason, kind);
		return template;
	}

	private emitTemplateEvent(
		event: events.TemplateEvent,
		template: { template_id: string; name: string },
		newValue: string,
		reason: string,
		kind: TemplateKind,
	): void {
		if (!this.callbacks.configured) return;
		// RCS templates have no WhatsApp business number; sent with an empty one like RCS inbound.
		const sender = kind === 'rcs' ? { ...this.sender, businessPhone: '' } : this.sender;
		const body = events.templateUpdate(event, sender, template, newValue, reason);
		this.callbacks.track(async () => {
			await this.callbacks.post(body);
		});
	}

	// ---- Sends ----

	/** Creates the msg_id of an accepted send and schedules its status callbacks. */
	acceptSend(channel: Channel, to: string): { msgId: string; callbackMessageId: string } {
		const msgId = newMessageId();
		const callbackMessageId = channel === 'whatsapp' && this.current.whatsappCallbackIdStyle === 'wamid' ? wamidFor(msgId) : msgId;
		if (this.callbacks.configured) this.scheduleStatusFlow(channel, to, callbackMessageId);
		return { msgId, callbackMessageId };
	}

	private statusSender(channel: Channel): events.Sender | { businessPhone: string } {
		// The EN (RCS) variant has no channel_id and an empty business phone (D7, D8).
		return channel === 'rcs' ? { businessPhone: '' } : this.sender;
	}

	private scheduleStatusFlow(channel: Channel, to: string, messageId: string): void {
		const { callbackDelays, failingNumbers, failureError } = this.current;
		const fails = failingNumbers.includes(to);
		const sender = this.statusSender(channel);
		// Chained, not parallel timers: each status is posted only after the previous one was,
		// so a receiver always sees sent → delivered → read in order.
		this.callbacks.track(async () => {
			if (!(await this.callbacks.wait(callbackDelays.sentMs))) return;
			await this.callbacks.post(events.messageStatusUpdate(sender, messageId, 'sent', null));
			if (!(await this.callbacks.wait(callbackDelays.deliveredMs))) return;
			if (fails) {
				await this.callbacks.post(events.messageStatusUpdate(sender, messageId, 'failed', failureError));
				return;
			}
			await this.callbacks.post(events.messageStatusUpdate(sender, messageId, 'delivered', null));
			if (!(await this.callbacks.wait(callbackDelays.readMs))) return;
			await this.callbacks.post(events.messageStatusUpdate(sender, messageId, 'read', null));
		});
	}

	recordInbound(channel: Channel, from: string): void {
		this.lastInbound.set(`${channel}:${from}`, Date.now());
	}

	inServiceWindow(channel: Channel, to: string): boolean {
		const last = this.lastInbound.get(`${channel}:${to}`);
		return last !== undefined && Date.now() - last < SERVICE_WINDOW_MS;
	}

	// ---- Injected callbacks ----

	async injectCallback(injection: CallbackInjection): Promise<CallbackDelivery> {
		const { url, token, headers } = injection;
		const overrides = { url, token, headers };
		switch (injection.kind) {
			case 'whatsappMessage':
				this.recordInbound('whatsapp', injection.from);
				return this.callbacks.post(events.whatsAppNewMessage(this.sender, '100000000000001', injection), overrides);
			case 'rcsMessage':
				this.recordInbound('rcs', injection.from);
				return this.callbacks.post(events.rcsNewMessage(this.current.rcsAgentId, injection), overrides);
			case 'messageStatus':
				return this.callbacks.post(
					events.messageStatusUpdate(this.statusSender(injection.channel ?? 'whatsapp'), injection.messageId, injection.status, injection.error ?? null),
					overrides,
				);
			case 'templateStatus':
			case 'templateCategory':
			case 'templateQuality':
				return this.callbacks.post(this.templateChange(injection.kind, injection.templateId, injection.newValue, injection.reason ?? ''), overrides);
			case 'messageCreated':
				return this.callbacks.post(events.messageCreated(this.sender, injection), overrides);
			case 'raw':
				return this.callbacks.post(injection.body, overrides);
		}
	}

	/** Applies an injected template change to the store (when the template exists) and builds its callback. */
	private templateChange(kind: 'templateStatus' | 'templateCategory' | 'templateQuality', id: string, newValue: string, reason: string) {
		const now = nowSeconds();
		const waba = this.waba.get(id);
		const rcs = this.rcs.get(id);
		const template = waba ?? rcs ?? { template_id: id, name: '' };
		if (waba || rcs) {
			const stored = (waba ?? rcs) as WabaTemplate | RcsTemplate;
			stored.updated_time = now;
			if (kind === 'templateStatus') {
				stored.status = newValue;
				stored.status_updated_time = now;
			} else if (kind === 'templateCategory') {
				stored.category = newValue;
				if (waba) waba.category_updated_time = now;
			} else if (waba) {
				waba.quality = newValue;
				waba.quality_updated_time = now;
			}
		}
		const event: events.TemplateEvent =
			kind === 'templateStatus' ? 'template_status_update' : kind === 'templateCategory' ? 'template_category_update' : 'template_quality_update';
		const sender = rcs ? { ...this.sender, businessPhone: '' } : this.sender;
		return events.templateUpdate(event, sender, template, newValue, reason);
	}
}
