export {
  DEFAULT_RULES,
  explainTemperature,
  suggestedStage,
  temperature,
  type Bant,
  type QualificationRules,
  type Status,
  type TemperatureBreakdown,
} from './temperature';
export { DEFAULT_ICP_PROFILE, gradeProspect, type IcpProfile, type IcpResult } from './icp';
