import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  EmailTemplateDto,
  EmailTemplateInput,
  Language,
  LANGUAGES,
  TEMPLATE_KINDS,
  SUBJECT_PLACEHOLDERS,
  TEMPLATE_PLACEHOLDERS,
  TemplateKind,
} from '@markt/shared';
import { EntityManager, Repository } from 'typeorm';
import { validationFailed } from '../common/validation';
import { DEFAULT_TEMPLATES, render, renderSubject, TemplateValues, unknownPlaceholders } from './default-templates';
import { EmailTemplate } from './email-template.entity';

@Injectable()
export class TemplatesService {
  constructor(
    @InjectRepository(EmailTemplate)
    private readonly templates: Repository<EmailTemplate>,
  ) {}

  /** Every kind in every language for an event: the admin's version where there is one, else the default. */
  async list(eventId: string): Promise<EmailTemplateDto[]> {
    const custom = await this.templates.findBy({ eventId });
    return TEMPLATE_KINDS.flatMap((kind) =>
      LANGUAGES.map((language) => {
        const own = custom.find((t) => t.kind === kind && t.language === language);
        const { subject, body } = own ?? DEFAULT_TEMPLATES[kind][language];
        return { kind, language, subject, body, customised: !!own };
      }),
    );
  }

  async save(
    eventId: string,
    kind: TemplateKind,
    language: Language,
    input: EmailTemplateInput,
  ): Promise<EmailTemplateDto> {
    const errors = (['subject', 'body'] as const).flatMap((field) => {
      const unknown = unknownPlaceholders(
        input[field],
        field === 'subject' ? SUBJECT_PLACEHOLDERS : TEMPLATE_PLACEHOLDERS,
      );
      return unknown.length > 0
        ? [
            {
              field,
              code: 'unknownPlaceholder',
              params: { placeholders: unknown.join(', ') },
              message: 'Unknown placeholder',
            },
          ]
        : [];
    });
    if (errors.length > 0) throw validationFailed(errors);
    const existing = await this.templates.findOneBy({
      eventId,
      kind,
      language,
    });
    await this.templates.save(
      this.templates.create({
        ...existing,
        eventId,
        kind,
        language,
        subject: input.subject,
        body: input.body,
      }),
    );
    return {
      kind,
      language,
      subject: input.subject,
      body: input.body,
      customised: true,
    };
  }

  /** Back to the built-in text. */
  async reset(eventId: string, kind: TemplateKind, language: Language): Promise<void> {
    await this.templates.delete({ eventId, kind, language });
  }

  async render(
    eventId: string | null,
    kind: TemplateKind,
    language: Language,
    values: TemplateValues,
    /** The transaction the mail is written in: reading outside it would need a second connection. */
    manager: EntityManager = this.templates.manager,
  ): Promise<{ subject: string; body: string }> {
    const own = eventId ? await manager.getRepository(EmailTemplate).findOneBy({ eventId, kind, language }) : null;
    const template = own ?? DEFAULT_TEMPLATES[kind][language];
    return {
      subject: renderSubject(template.subject, values),
      body: render(template.body, values, language),
    };
  }
}
