import { describe, expect, it } from 'vitest';
import { planPaths, touchesDescriptors } from '../../src/descriptors/paths.js';

describe('which files the plan reads', () => {
  const globs = ['k8s/**/*.yaml'];

  it('reads the descriptors, their JSON siblings, and the build files in their folders or above', () => {
    const all = [
      'k8s/app/deploy.yaml',
      'k8s/app/config.json',
      'k8s/app/kustomization.yaml',
      'k8s/kustomization.yml',
      'kustomization.yaml',
      'k8s/app/Kustomization',
      'k8s/chart/Chart.yaml',
      'k8s/app/mykustomization.yaml.txt',
      'other/kustomization.yaml',
      'other/Chart.yaml',
      'docs/notes.md',
    ];
    expect(planPaths(all, globs)).toEqual([
      'k8s/app/Kustomization',
      'k8s/app/config.json',
      'k8s/app/deploy.yaml',
      'k8s/app/kustomization.yaml',
      'k8s/chart/Chart.yaml',
      'k8s/kustomization.yml',
      'kustomization.yaml',
    ]);
  });

  it('names a file a build file only by its whole name', () => {
    expect(
      planPaths(['k8s/a/deploy.yaml', 'k8s/a/notkustomization.yaml.bak', 'k8s/a/xChart.yaml'], ['k8s/a/*.yaml']),
    ).toEqual(['k8s/a/deploy.yaml', 'k8s/a/xChart.yaml']);
    expect(touchesDescriptors(['src/main.go', 'Xkustomization.yaml'], globs)).toBe(false);
    expect(touchesDescriptors(['src/main.go', 'apps/web/kustomization.yaml'], globs)).toBe(true);
    expect(touchesDescriptors(['Chart.yaml'], globs)).toBe(true);
    expect(touchesDescriptors(['k8s/x/deploy.yaml'], globs)).toBe(true);
    expect(touchesDescriptors(['k8s/x/deploy.yaml'], [])).toBe(false);
  });
});
