// Checks of our Dockerfiles: dockerfile-utils' linter plus the house rules
// the issue asks for (pinned base, non-root user, exec-form CMD, signals).
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';

export interface DockerfilePolicy {
  /** The exact base image every FROM of an external image must name. */
  baseImage: string;
  /** The final stage's CMD, exec form. */
  command: string[];
  requireHealthcheck: boolean;
}

function lintProblems(text: string): string[] {
  return validate(text).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
}

/** The JSON array of an exec-form instruction, or undefined for shell form. */
function execForm(instruction: Instruction | undefined): string[] | undefined {
  const raw = instruction?.getArgumentsContent()?.trim();
  if (!raw?.startsWith('[')) return undefined;
  try {
    return JSON.parse(raw) as string[];
  } catch {
    return undefined;
  }
}

export function dockerfileProblems(text: string, policy: DockerfilePolicy): string[] {
  const problems = lintProblems(text);
  const file = DockerfileParser.parse(text);
  const froms = file.getFROMs();
  const stages = new Set(froms.map((from) => from.getBuildStage()).filter(Boolean));
  for (const from of froms) {
    const image = from.getImage();
    if (image && !stages.has(image) && image !== policy.baseImage) {
      problems.push(`FROM ${image}: the base must be exactly ${policy.baseImage}`);
    }
  }
  // Instructions of the final stage only: that is what the image runs.
  const lastFrom = froms.at(-1);
  const finalStage = file
    .getInstructions()
    .filter((i) => lastFrom && i.getRange().start.line >= lastFrom.getRange().start.line);
  const last = (keyword: string) => finalStage.filter((i) => i.getKeyword() === keyword).at(-1);

  const user = last('USER')?.getArgumentsContent()?.trim();
  if (!user) problems.push('the final stage sets no USER (it would run as root)');
  else if (/^(0|root)(:|$)/.test(user)) problems.push(`USER ${user} is root`);
  else if (!/^[1-9]\d*(:\d+)?$/.test(user))
    problems.push(`USER ${user}: use a numeric uid so runAsNonRoot can verify it`);

  const command = execForm(last('CMD'));
  if (!command) problems.push('CMD must be in exec form, so node is PID 1 and receives SIGTERM');
  else if (JSON.stringify(command) !== JSON.stringify(policy.command)) {
    problems.push(`CMD ${JSON.stringify(command)} is not ${JSON.stringify(policy.command)}`);
  }
  if (last('ENTRYPOINT') && !execForm(last('ENTRYPOINT')))
    problems.push('ENTRYPOINT must be in exec form');
  if (last('STOPSIGNAL')?.getArgumentsContent()?.trim() !== 'SIGTERM')
    problems.push('STOPSIGNAL SIGTERM is missing');

  const healthcheck = last('HEALTHCHECK')?.getArgumentsContent() ?? '';
  if (policy.requireHealthcheck) {
    if (!/CMD\s+\[/.test(healthcheck)) problems.push('HEALTHCHECK CMD must exist, in exec form');
    if (/\b(curl|wget)\b/.test(healthcheck))
      problems.push('HEALTHCHECK uses curl/wget, absent from the slim image');
  }
  if (file.getInstructions().some((i) => i.getKeyword() === 'ADD'))
    problems.push('use COPY, not ADD');
  return problems;
}
